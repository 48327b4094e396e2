var timeline_json = {
   "title" : {
      "text" : {
         "headline" : "<a href=\"https://jira.cpanel.net/browse/MW-1646\">MW-1646: Documentation for how to use cpprove</a>"
      }
   },
   "events" : [
      {
         "background" : {
            "color" : "seagreen"
         },
         "text" : {
            "headline" : "Assignee: George Baugh",
            "text" : "Assignee changed from unassigned to George Baugh"
         },
         "end_date" : {
            "hour" : 13,
            "day" : 10,
            "month" : 11,
            "minute" : 4,
            "year" : 2015
         },
         "group" : "assignee",
         "end_datetime" : null,
         "start_datetime" : null,
         "start_date" : {
            "day" : 10,
            "hour" : 13,
            "month" : 11,
            "year" : 2015,
            "minute" : 3
         }
      },
      {
         "text" : {
            "headline" : "Assignee: unassigned",
            "text" : "Assignee changed from George Baugh to unassigned"
         },
         "background" : {
            "color" : "seagreen"
         },
         "end_date" : {
            "minute" : 25,
            "year" : 2015,
            "month" : 11,
            "day" : 10,
            "hour" : 13
         },
         "group" : "assignee",
         "start_date" : {
            "year" : 2015,
            "minute" : 4,
            "month" : 11,
            "day" : 10,
            "hour" : 13
         },
         "end_datetime" : null,
         "start_datetime" : null
      },
      {
         "start_date" : {
            "month" : 11,
            "hour" : 13,
            "day" : 10,
            "minute" : 25,
            "year" : 2015
         },
         "start_datetime" : null,
         "end_datetime" : null,
         "text" : {
            "text" : "Assignee changed from unassigned to Joshua Brandt",
            "headline" : "Assignee: Joshua Brandt"
         },
         "background" : {
            "color" : "seagreen"
         },
         "end_date" : {
            "day" : 10,
            "hour" : 16,
            "month" : 11,
            "minute" : 38,
            "year" : 2015
         },
         "group" : "assignee"
      },
      {
         "background" : {
            "color" : "seagreen"
         },
         "text" : {
            "text" : "Assignee changed from Joshua Brandt to unassigned",
            "headline" : "Assignee: unassigned"
         },
         "end_date" : {
            "month" : 11,
            "hour" : 13,
            "day" : 11,
            "minute" : 2,
            "year" : 2015
         },
         "group" : "assignee",
         "start_datetime" : null,
         "end_datetime" : null,
         "start_date" : {
            "minute" : 38,
            "year" : 2015,
            "month" : 11,
            "day" : 10,
            "hour" : 16
         }
      },
      {
         "group" : "status",
         "background" : {
            "color" : "darkcyan"
         },
         "text" : {
            "text" : "Status changed from To Do to In Progress",
            "headline" : "In Progress"
         },
         "end_date" : {
            "year" : 2015,
            "minute" : 4,
            "month" : 11,
            "day" : 10,
            "hour" : 13
         },
         "start_date" : {
            "minute" : 3,
            "year" : 2015,
            "month" : 11,
            "day" : 10,
            "hour" : 13
         },
         "start_datetime" : null,
         "end_datetime" : null
      },
      {
         "start_datetime" : null,
         "end_datetime" : null,
         "start_date" : {
            "year" : 2015,
            "minute" : 4,
            "hour" : 13,
            "day" : 10,
            "month" : 11
         },
         "end_date" : {
            "minute" : 38,
            "year" : 2015,
            "month" : 11,
            "hour" : 16,
            "day" : 10
         },
         "background" : {
            "color" : "dodgerblue"
         },
         "text" : {
            "text" : "Status changed from In Progress to In Review",
            "headline" : "In Review"
         },
         "group" : "status"
      },
      {
         "text" : {
            "text" : "Status changed from In Review to In Test",
            "headline" : "In Test"
         },
         "background" : {
            "color" : "darkblue"
         },
         "end_date" : {
            "month" : 11,
            "day" : 12,
            "hour" : 13,
            "year" : 2015,
            "minute" : 3
         },
         "group" : "status",
         "end_datetime" : null,
         "start_datetime" : null,
         "start_date" : {
            "minute" : 38,
            "year" : 2015,
            "month" : 11,
            "day" : 10,
            "hour" : 16
         }
      },
      {
         "start_datetime" : null,
         "start_date" : {
            "year" : 2015,
            "minute" : 4,
            "hour" : 13,
            "day" : 10,
            "month" : 11
         },
         "group" : "misc",
         "text" : {
            "headline" : "Comment added by George Baugh",
            "text" : "https://cpanel.wiki/display/~george.b/Cpprove+Cookbook<br>https://cpanel.wiki/display/~george.b/TestD+Cookbook<br>https://cpanel.wiki/display/QA/Set+Up+a+Sandbox+on+OpenStack<br>https://cpanel.wiki/display/QA/QAPortal2+User+Guide<br>https://cpanel.wiki/display/QA/How+to+Run+the+SBCL<br>All updated to reflect current reality."
         },
         "background" : {
            "color" : "olivedrab"
         }
      },
      {
         "text" : {
            "headline" : "Comment added by Joshua Brandt",
            "text" : "Made some very minor changes to punctuation and spacing. Looks good though."
         },
         "background" : {
            "color" : "olivedrab"
         },
         "group" : "misc",
         "start_datetime" : null,
         "start_date" : {
            "minute" : 38,
            "year" : 2015,
            "day" : 10,
            "hour" : 16,
            "month" : 11
         }
      }
   ]
}
