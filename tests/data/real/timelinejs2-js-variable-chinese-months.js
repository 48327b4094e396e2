var json = {
	"timeline":
	{
		"headline":"天才，是1%的灵感加上99%动手能力。——某web前端工程师",
		"type":"default",
		"text":"<p>动手能力是作为前端开发者必不可少的品质。就比如说，当产品经理来跟你逼叨逼叨改需求的时候，不要跟他废话，直接往死里打。</p>",
		"asset": {
			"media":"./img/dcgs.jpg",
			"credit":"你要改需求吗",
			"caption":"我手里的菜刀已经饥渴难耐了"
		},
		"date": [
			{
				"startDate":"2016,12",
				"endDate":"2017,05",
				"headline":"web前端的启航之路",
				"text":"<p>一不小心踩进前端的大坑。嗯......前端很简单，掌握css、html、js就ok了。</p>",
				"classname":"optionaluniqueclassnamecanbeaddedhere",
				"asset": {
					"media":"",
					"thumbnail":"optional-32x32px.jpg",
					"credit":"Credit Name Goes Here",
					"caption":"Caption text goes here"
				}
			},
			{
				"startDate":"2017,06",
				"endDate":"2017,10",
				"headline":"web前端的启航之路",
				"text":"<p>一不小心踩进前端的大坑。嗯......前端很简单，掌握css、html、js就ok了。</p>",
				"classname":"optionaluniqueclassnamecanbeaddedhere",
				"asset": {
					"media":"",
					"thumbnail":"optional-32x32px.jpg",
					"credit":"Credit Name Goes Here",
					"caption":"Caption text goes here"
				}
			},
			{
				"startDate":"2017,10",
				"endDate":"2018,03",
				"headline":"web前端的启航之路",
				"text":"<p>一不小心踩进前端的大坑。嗯......前端很简单，掌握css、html、js就ok了。</p>",
				"classname":"optionaluniqueclassnamecanbeaddedhere",
				"asset": {
					"media":"",
					"thumbnail":"optional-32x32px.jpg",
					"credit":"Credit Name Goes Here",
					"caption":"Caption text goes here"
				}
			},
			{
				"startDate":"2018,05",
				"endDate":"2018,06",
				"headline":"web前端的启航之路",
				"text":"<p>一不小心踩进前端的大坑。嗯......前端很简单，掌握css、html、js就ok了。</p>",
				"classname":"optionaluniqueclassnamecanbeaddedhere",
				"asset": {
					"media":"",
					"thumbnail":"optional-32x32px.jpg",
					"credit":"Credit Name Goes Here",
					"caption":"Caption text goes here"
				}
			}
		]
	}
}