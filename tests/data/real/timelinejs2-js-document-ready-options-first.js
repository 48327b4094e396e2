$(document).ready(function () {
    var option = {
        background: "white",
        color: "inherit",
        linecolor: "rgba(0, 0, 0, 0.3)",
        datecolor: "inherit",
        dateposition: "absolute",
        fadeIn: true,
        fadeLine: true,
        fadeImages: true
    };

    var data = {
        "timeline": {
            "headline": "30 Technologies in 30 Days -- By Shekhar Gulati",
            "type": "default",
            "text": "Learn 30 Technologies in 30 Days",
            "startDate": "2013,10,29",
            "date": [{
                "id": "528cb57de4b015e760ed06be",
                "url": "https://www.openshift.com/blogs/day-1-bower-manage-your-client-side-dependencies",
                "headline": "Day 1: Bower--Manage Your Client Side Dependencies",
                "text": "<p>...</p>",
                "startDate": "2013,10,29",
                "asset": {
                    "media": "https://www.openshift.com/sites/default/files/bower-logo.png"
                }
            },

                {
                    "id": "528cb5bee4b015e760ed06bf",
                    "url": "https://www.openshift.com/blogs/day-2-angularjs-getting-my-head-around-angularjs",
                    "headline": "Day 2: AngularJS--Getting My Head Around AngularJS",
                    "text": "...",
                    "startDate": "2013,10,30",
                    "asset": {
                        "media": "https://www.openshift.com/sites/default/files/angularjs-from-30k-feet.png"
                    }
                }
            ]
        }
    }
});