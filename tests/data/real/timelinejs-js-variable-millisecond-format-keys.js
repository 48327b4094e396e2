var timeline_json_data = {
    "scale": "human",
    "title": {
        "media": {
            "caption": "",
            "credit": "",
            "url": "http://2.bp.blogspot.com/-dxJbW0CG8Zs/TmkoMA5-cPI/AAAAAAAAAqw/fQpsz9GpFdo/s1600/voyage-dans-la-lune-1902-02-g.jpg",
            "thumb": ""
        },
        "text": {
            "headline": "Title Param.",
            "text": "Title Param. | Events in the 7th century from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages"
        }
    },
    "eras": [
        {
            "start_date": {
                "year": "1720"
            },
            "end_date": {
                "year": "1740"
            },
            "text": {
                "headline": "Era 1900-2000"
            }
        },
        {
            "start_date": {
                "year":         "1600"
            },
            "end_date": {
                "year":         "1650"
            },
            "text": {
                "headline": "Era Test 600-650"
            }
        },
        {
            "start_date": {
                "year":         "1650"
            },
            "end_date": {
                "year":         "1700"
            },
            "text": {
                "headline": "Era Test 650-700"
            }
        },
        {
            "start_date": {
                "year":         "1700"
            },
            "end_date": {
                "year":         "1720"
            },
            "text": {
                "headline": "Era Test 700-720"
            }
        }
    ],
    "events": [
        {
            "start_date": {
                "year": "1711",
                "month": "01",
                "day": "10",
                "hour": "16",
                "minute": "45",
                "second": "56",
                "millisecond": "",
                "format": ""
            },
            "media": {
                "caption": "something",
                "credit": "ETC",
                "url": "https://www.google.com/maps/place/Medill+School+of+Journalism,+Media,+Integrated+Marketing+Communications+Office+of+Dean/@42.0509363,-87.6737809,18z/data=!4m2!3m1!1s0x0000000000000000:0x683bff755fbf8f0c"
            },
            "text": {
                "headline": "Livy dies",
                "text": "Livy dies. Begins dictating autobiography. Moves to New York City."
            },
            "group": "Group BB",
            "unique_id": ""
        },
        {
            "start_date": {
                "year": "1700",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "end_date": {
                "year": "1700",
                "month": "06",
                "day": "07",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "location": {
                "icon": "http://maps.gstatic.com/intl/en_us/mapfiles/ms/micons/blue-pushpin.png",
                "lat": 39.491711,
                "line": true,
                "lon": -91.79326,
                "name": "Florida, Missouri",
                "zoom": 12
            },
            "background": {
                "color": "#999999",
                "opacity": 50,
                "url": null
            },
            "media": {
                "caption": "Twain caricatured by Spy for Vanity Fair, 1908",
                "credit": "Vanity Fair",
                "url": "http://knightlab.northwestern.edu/wp-content/uploads/2013/03/Northwestern_University_KnightLab_Logo1.png",
                "thumb": "http://knightlab.northwestern.edu/wp-content/uploads/2013/03/Northwestern_University_KnightLab_Logo1.png"
            },
            "text": {
                "headline": "Mark Twain JSON",
                "text": "Samuel Langhorne Clemens (November 30, 1835 \u2013 April 21, 1910), better known by his pen name Mark Twain, was an American author and humorist. He wrote The Adventures of Tom Sawyer (1876) and its sequel, Adventures of Huckleberry Finn (1885), the later often called \"the Great American Novel.\""
            },
            "group": "Group BB",
            "type": "overview"
        },
        {
            "start_date": {
                "year": "1641",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "media": {
                "url": "https://en.wikipedia.org/wiki/Battle_of_Nihaw%C4%81nd"
            },
            "background": {
                "url": "https://scontent.cdninstagram.com/hphotos-xfp1/t51.2885-15/e15/10881793_320292118175388_462216162_n.jpg"
            },
            "text": {
                "headline": "Battle of Nehawand",
                "text": "Muslims conquer Persia."
            },
            "group": "Group BB"
        },
        {
            "start_date": {
                "year": "1674",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "end_date": {
                "year": "1678",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "media": {
                "url": "https://en.wikipedia.org/wiki/Siege_of_Constantinople_(674)"
            },
            "background": {
                "url": "https://upload.wikimedia.org/wikipedia/commons/thumb/f/f7/Greekfire-madridskylitzes1.jpg/1024px-Greekfire-madridskylitzes1.jpg"
            },
            "text": {
                "headline": "First Arab siege of Constantinople",
                "text": "First time Islamic armies defeated, forestalling Islamic conquest of Europe."
            },
            "group": "Group BB"
        },
        {
            "start_date": {
                "year": "1604",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "end_date": {
                "year": "1609",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "group": "Group AAA",
            "media": {
                "caption": "caption goes here",
                "credit": "credit goes here",
                "url": "https://twitter.com/zlwise/status/502535723715923968"
            },
            "background": {
                "color": "#e37",
                "opacity":"50",
                "url": "https://upload.wikimedia.org/wikipedia/commons/a/ad/Sui_Wendi_Tang.jpg"
            },
            "text": {
                "headline": "Twitter",
                "text": "Its main role throughout its history was the transport of grain to the capital."
            }
        },
        {
            "start_date": {
                "year":	"1622",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "end_date": {
                "year":	"1622",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "group": "Group AAA",
            "media": {
                "url": "https://en.wikipedia.org/wiki/Hijra_(Islam)"
            },
            "text": {
                "headline": "Muhammad Migrates from Mecca to Medina",
                "text": "Event will have designated first year of the Islamic Calendar, as Anno Hegirae."
            }
        },
        {
            "start_date": {
                "year":	"1632",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "group": "Group BB",
            "text": {
                "headline": "Death of Muhammed",
                "text": "By this point, all of Arabia is Muslim."
            }
        },
        {
            "start_date": {
                "year": "1632",
                "month": "01",
                "day": "05",
                "hour": "",
                "minute": "",
                "second": "",
                "millisecond": "",
                "format": ""
            },
            "media": {
                "url": "https://en.wikipedia.org/wiki/Abu_Bakr"
            },
            "text": {
                "headline": "Accession of Abu Bakr as first Caliph",
                "text": "Though the period of his caliphate was not long, it included successful invasions of the two most powerful empires of the time."
            },
            "group": "Group BB"
        }
   ]
}