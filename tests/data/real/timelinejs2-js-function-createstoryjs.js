var initTimeline = function () {
  var timelineContent = {
    "timeline":
    {
      "headline":"Philuren: <br> Coffe drinkers, software tinkers",
      "type":"default",
      "text":"<p></p>",
      "asset": {
        "media":"http://sprinkle.se",
        "credit":"On port 22, not so far away",
        "caption":"Open source tech"
    },
    "date": [
      {
        "startDate":"2012,6,10",
        "endDate":"2013,02,1",
        "headline":"Sony Mobile Reaearch, Advanced Enabler Lab",
        "text":"<p>I have developed a set of gesture detection algorithms using open cv, a webrtc videochat client for andoid devices and a tremor detector.</p>",
        "tag":"phifflarn",
        "classname":"Sony Mobile",
        "asset": {
          "media":"/img/sony.jpg",
          "credit":"",
          "caption":""
        }
      },
      {
        "startDate":"2013,01,30",
        "endDate":"2013,10,25",
        "headline":"Camera Based Gesture Detection For Android Devices",
        "text":"<p>My Thesis. I created a gesture detection framework for android devices. The thesis resulted in 4 novel gesture detection algorithms with two pending patents.</p>",
        "tag":"phifflarn",
        "classname":"thesis",
        "asset": {
          "media":"/img/exjobb.jpg",
          "credit":"",
          "caption":""
        }
      }
    ]
    }
  }

  createStoryJS({
    type:       'timeline',
    height:     '600',
    start_at_end: true,
    source:     timelineContent,
    embed_id:   'philuren-timeline'
  });

}
