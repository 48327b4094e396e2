timeline = new TL.Timeline('timeline-embed', {
    "events": [{
            "start_date": {
                "year": 2009,
                "month": 4
            },
            "text": {
                "headline": "Java 2D Level Editor",
                "text": `A student project for my first Java course!
                        <br/>
                        <br/>
                        <a href='https://github.com/brspnnggrt/2D-Game/tree/main/Project/PE3_EDITOR'>GitHub</a>
                        <br/>
                        <br/>
                        <p style="font-family: Calibri Light">Java | Swing</p>`
            },
            "media": {
                "url": "./projects/java/PE3_Editor.mp4",
                "thumbnail": "./projects/java/thumbnail2.png"
            },
            "background": {
                "url": "./projects/java/snippet.png"
            }
    },{
        "start_date": {
            "year": 2009,
            "month": 5
        },
        "text": {
            "headline": "Java 2D Role Playing Game",
            "text": `A student project for my first Java course!
                    <br/>
                    <br/>
                    <a href='https://github.com/brspnnggrt/2D-Game/tree/main/Project/PE3'>GitHub</a>
                    <br/>
                    <br/>
                    <p style="font-family: Calibri Light">Java | Swing</p>`
        },
        "media": {
            "url": "./projects/java/PE3_Game.mp4",
            "thumbnail": "./projects/java/thumbnail.png"
        },
        "background": {
            "url": "./projects/java/snippet.png"
        }
    },{
        "start_date": {
            "year": 2015,
            "month": 8
        },
        "text": {
            "headline": "Migration Manager",
            "text": `Created a visual assist for managing complex migration projects
                    <br/>
                    <br/>
                    <a href='https://github.com/brspnnggrt/MigrationManager'>GitHub</a>
                    <br/>
                    <br/>
                    <p style="font-family: Calibri Light">JavaScript | ES6 | React | d3 | NodeJS | MongoDB | C# | .NET | SOAP</p>`
        },
        "media": {
            "url": "./projects/migrationmanager/migrationmanager.png",
            "thumbnail": "./projects/migrationmanager/background.png"
        },
        "background": {
            "url": "./projects/migrationmanager/background.png"
        }
    },{
        "start_date": {
            "year": 2018,
            "month": 10
        },
        "text": {
            "headline": "Engene",
            "text": `A computer graphics hobby project that renders 3D objects based on coordinates
                     <br/>
                     <br/>
                     <a href='https://github.com/brspnnggrt/Engene'>GitHub</a>
                     <br/>
                     <br/>
                     <p style="font-family: Calibri Light">C++ | WebAssembly | emscripten | GLFW | Computer Graphics</p>`
        },
        "media": {
            "url": `<iframe id="renderingIframe" style="border: 0px;width: 100%;height: 415px;" src="https://engene.azurewebsites.net/"></iframe>`,
            "thumbnail": "./projects/engene/engene.png"
        },
        "background": {
            "url": "./projects/engene/engene_background.png"
        }
    },{
        "start_date": {
            "year": 2018,
            "month": 12
        },
        "text": {
            "headline": "Lace",
            "text": `A lace pattern creation tool
                     <br/>
                     <br/>
                     <a href='https://github.com/brspnnggrt/Lace'>GitHub</a>
                     <br/>
                     <br/>
                     <p style="font-family: Calibri Light">C++ | JavaScript | WebAssembly | emscripten | OpenCV | Maven | Image Processing</p>`
        },
        "media": {
            "url": `<iframe id="renderingIframe" style="border: 0px;width: 100%;height: 415px;" src="https://lacepatterns.azurewebsites.net/"></iframe>`,
            "thumbnail": "./projects/lace/lace.png"
        },
        "background": {
            "url": "./projects/lace/lace_background.png"
        }
    },{
        "start_date": {
            "year": 2019,
            "month": 6
        },
        "text": {
            "headline": "SAP CPQ IronPython script modules",
            "text": `Modules that simplify SOAP and OData calls from SAP CPQ to SAP C4C
                     <br/>
                     <br/>
                     <a href='https://github.com/brspnnggrt/CPQ_Modules2'>GitHub</a>
                     <br/>
                     <br/>
                     <p style="font-family: Calibri Light">SAP CPQ | SAP C4C | IronPython | .NET | SOAP | Odata</p>`
        },
        "media": {
            "url": `./projects/sap/soap.png`,
            "thumbnail": "./projects/sap/soap.png"
        },
        "background": {
            "url": "./projects/sap/odata.png"
        }
    },{
        "start_date": {
            "year": 2020,
            "month": 4
        },
        "text": {
            "headline": "SAP CPQ script visualizer",
            "text": `Extract intedependencies between python scripts and render using a force directed graph<br/>
                     <br/>
                     <br/>
                     <a href='https://github.com/brspnnggrt/CPQ-Export-Scripts'>GitHub</a>
                     <br/>
                     <br/>
                     <p style="font-family: Calibri Light">SAP CPQ | IronPython | .NET | JavaScript | Python | amcharts | REST | OAuth 2.0</p>`
        },
        "media": {
            "url": `./projects/exportscripts/visualize.png`,
            "thumbnail": "./projects/exportscripts/graph.png"
        },
        "background": {
            "url": "./projects/exportscripts/graph.png"
        }
    }]
}, {initial_zoom: 1});