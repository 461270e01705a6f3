window.YTD.tweets.part0 = [
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "313",
      "retweet_count": "27",
      "id_str": "1300000000000000000",
      "id": "1300000000000000000",
      "created_at": "Fri Jan 01 00:00:00 +0000 2021",
      "full_text": "@newsbot looked up at the crescent moon for 12 minutes. i need a minute.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000011024081",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "435",
      "retweet_count": "49",
      "id_str": "1300000000000007919",
      "id": "1300000000000007919",
      "created_at": "Fri Jan 01 09:00:00 +0000 2021",
      "full_text": "the moon is new tonight and i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "72",
      "retweet_count": "8",
      "id_str": "1300000000000015838",
      "id": "1300000000000015838",
      "created_at": "Fri Jan 01 20:00:00 +0000 2021",
      "full_text": "the moon is crescent tonight and i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "89",
      "retweet_count": "12",
      "id_str": "1300000000000023757",
      "id": "1300000000000023757",
      "created_at": "Sat Jan 02 03:00:00 +0000 2021",
      "full_text": "my telescope showed me three stars in a row and now i have to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "488",
      "retweet_count": "17",
      "id_str": "1300000000000031676",
      "id": "1300000000000031676",
      "created_at": "Sat Jan 02 08:00:00 +0000 2021",
      "full_text": "respect. the harvest moon really said goodnight everyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "353",
      "retweet_count": "11",
      "id_str": "1300000000000039595",
      "id": "1300000000000039595",
      "created_at": "Sat Jan 02 13:00:00 +0000 2021",
      "full_text": "the moon is waning tonight and i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "414",
      "retweet_count": "12",
      "id_str": "1300000000000047514",
      "id": "1300000000000047514",
      "created_at": "Sat Jan 02 22:00:00 +0000 2021",
      "full_text": "we live in a society. the waning moon really said look at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "313",
      "retweet_count": "9",
      "id_str": "1300000000000055433",
      "id": "1300000000000055433",
      "created_at": "Sun Jan 03 01:00:00 +0000 2021",
      "full_text": "i need a minute. the waning moon really said goodnight everyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "389",
      "retweet_count": "10",
      "id_str": "1300000000000063352",
      "id": "1300000000000063352",
      "created_at": "Sun Jan 03 09:00:00 +0000 2021",
      "full_text": "RT @skywatcher: my telescope showed me three stars in a row and now i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "308",
      "retweet_count": "3",
      "id_str": "1300000000000071271",
      "id": "1300000000000071271",
      "created_at": "Sun Jan 03 19:00:00 +0000 2021",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "187",
      "retweet_count": "42",
      "id_str": "1300000000000079190",
      "id": "1300000000000079190",
      "created_at": "Mon Jan 04 03:00:00 +0000 2021",
      "full_text": "telescope log, night 19: a satellite waving. several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "322",
      "retweet_count": "38",
      "id_str": "1300000000000087109",
      "id": "1300000000000087109",
      "created_at": "Mon Jan 04 05:00:00 +0000 2021",
      "full_text": "@friend same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "316",
      "retweet_count": "25",
      "id_str": "1300000000000095028",
      "id": "1300000000000095028",
      "created_at": "Mon Jan 04 14:00:00 +0000 2021",
      "full_text": "fun fact: the moon is covered in dust. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "51",
      "retweet_count": "32",
      "id_str": "1300000000000102947",
      "id": "1300000000000102947",
      "created_at": "Mon Jan 04 19:00:00 +0000 2021",
      "full_text": "the moon is new tonight and i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "173",
      "retweet_count": "17",
      "id_str": "1300000000000110866",
      "id": "1300000000000110866",
      "created_at": "Tue Jan 05 02:00:00 +0000 2021",
      "full_text": "@newsbot the moon is waxing gibbous tonight and i have feelings about it",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000128883398",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "467",
      "retweet_count": "30",
      "id_str": "1300000000000118785",
      "id": "1300000000000118785",
      "created_at": "Tue Jan 05 11:00:00 +0000 2021",
      "full_text": "fun fact: the moon is older than cheese. we live in a society. https://example.com/lunar_larry/15",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "352",
      "retweet_count": "47",
      "id_str": "1300000000000126704",
      "id": "1300000000000126704",
      "created_at": "Tue Jan 05 21:00:00 +0000 2021",
      "full_text": "telescope log, night 22: the lunar apennines. several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "496",
      "retweet_count": "25",
      "id_str": "1300000000000134623",
      "id": "1300000000000134623",
      "created_at": "Wed Jan 06 05:00:00 +0000 2021",
      "full_text": "if the moon was older than cheese it would explain a satellite waving. i need a minute. https://example.com/lunar_larry/17",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "64",
      "retweet_count": "31",
      "id_str": "1300000000000142542",
      "id": "1300000000000142542",
      "created_at": "Wed Jan 06 12:00:00 +0000 2021",
      "full_text": "telescope log, night 12: the lunar apennines. several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "204",
      "retweet_count": "15",
      "id_str": "1300000000000150461",
      "id": "1300000000000150461",
      "created_at": "Wed Jan 06 16:00:00 +0000 2021",
      "full_text": "looked up at the crescent moon for 19 minutes. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "429",
      "retweet_count": "15",
      "id_str": "1300000000000158380",
      "id": "1300000000000158380",
      "created_at": "Thu Jan 07 00:00:00 +0000 2021",
      "full_text": "good morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "203",
      "retweet_count": "5",
      "id_str": "1300000000000166299",
      "id": "1300000000000166299",
      "created_at": "Thu Jan 07 08:00:00 +0000 2021",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "261",
      "retweet_count": "41",
      "id_str": "1300000000000174218",
      "id": "1300000000000174218",
      "created_at": "Thu Jan 07 13:00:00 +0000 2021",
      "full_text": "@friend if the moon was covered in dust it would explain three stars in a row. unbelievable.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000557693308",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "276",
      "retweet_count": "18",
      "id_str": "1300000000000182137",
      "id": "1300000000000182137",
      "created_at": "Thu Jan 07 17:00:00 +0000 2021",
      "full_text": "fun fact: the moon is basically a big rock. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "121",
      "retweet_count": "27",
      "id_str": "1300000000000190056",
      "id": "1300000000000190056",
      "created_at": "Fri Jan 08 03:00:00 +0000 2021",
      "full_text": "telescope log, night 12: a crater shaped like a spoon. feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "16",
      "retweet_count": "7",
      "id_str": "1300000000000197975",
      "id": "1300000000000197975",
      "created_at": "Fri Jan 08 10:00:00 +0000 2021",
      "full_text": "telescope log, night 24: the lunar apennines. to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "104",
      "retweet_count": "13",
      "id_str": "1300000000000205894",
      "id": "1300000000000205894",
      "created_at": "Fri Jan 08 15:00:00 +0000 2021",
      "full_text": "RT @newsbot: the moon is waxing gibbous tonight and i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "156",
      "retweet_count": "15",
      "id_str": "1300000000000213813",
      "id": "1300000000000213813",
      "created_at": "Sat Jan 09 00:00:00 +0000 2021",
      "full_text": "telescope log, night 32: a satellite waving. no further questions https://example.com/lunar_larry/27",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "480",
      "retweet_count": "22",
      "id_str": "1300000000000221732",
      "id": "1300000000000221732",
      "created_at": "Sat Jan 09 08:00:00 +0000 2021",
      "full_text": "telescope log, night 40: three stars in a row. feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "364",
      "retweet_count": "2",
      "id_str": "1300000000000229651",
      "id": "1300000000000229651",
      "created_at": "Sat Jan 09 11:00:00 +0000 2021",
      "full_text": "i need a minute.\n\nthe waxing gibbous moon really said look at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "63",
      "retweet_count": "46",
      "id_str": "1300000000000237570",
      "id": "1300000000000237570",
      "created_at": "Sun Jan 10 00:00:00 +0000 2021",
      "full_text": "telescope log, night 35: a crater shaped like a spoon. to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "201",
      "retweet_count": "20",
      "id_str": "1300000000000245489",
      "id": "1300000000000245489",
      "created_at": "Sun Jan 10 02:00:00 +0000 2021",
      "full_text": "the moon is waxing gibbous tonight and i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "67",
      "retweet_count": "27",
      "id_str": "1300000000000253408",
      "id": "1300000000000253408",
      "created_at": "Sun Jan 10 11:00:00 +0000 2021",
      "full_text": "if the moon was covered in dust it would explain three stars in a row. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "499",
      "retweet_count": "12",
      "id_str": "1300000000000261327",
      "id": "1300000000000261327",
      "created_at": "Sun Jan 10 20:00:00 +0000 2021",
      "full_text": "if the moon was older than cheese it would explain a very fast cloud. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "269",
      "retweet_count": "41",
      "id_str": "1300000000000269246",
      "id": "1300000000000269246",
      "created_at": "Mon Jan 11 00:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to larry two #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "456",
      "retweet_count": "15",
      "id_str": "1300000000000277165",
      "id": "1300000000000277165",
      "created_at": "Mon Jan 11 11:00:00 +0000 2021",
      "full_text": "telescope log, night 11: a satellite waving. several questions https://example.com/lunar_larry/35",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "36",
      "retweet_count": "15",
      "id_str": "1300000000000285084",
      "id": "1300000000000285084",
      "created_at": "Mon Jan 11 15:00:00 +0000 2021",
      "full_text": "we live in a society. the new moon really said not today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "155",
      "retweet_count": "20",
      "id_str": "1300000000000293003",
      "id": "1300000000000293003",
      "created_at": "Mon Jan 11 21:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "126",
      "retweet_count": "27",
      "id_str": "1300000000000300922",
      "id": "1300000000000300922",
      "created_at": "Tue Jan 12 04:00:00 +0000 2021",
      "full_text": "@skywatcher the moon is waxing gibbous tonight and i have several questions https://example.com/lunar_larry/38",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000984061271",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "297",
      "retweet_count": "50",
      "id_str": "1300000000000308841",
      "id": "1300000000000308841",
      "created_at": "Tue Jan 12 10:00:00 +0000 2021",
      "full_text": "the moon is harvest tonight and i have a new theory https://example.com/lunar_larry/39",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "54",
      "retweet_count": "13",
      "id_str": "1300000000000316760",
      "id": "1300000000000316760",
      "created_at": "Tue Jan 12 21:00:00 +0000 2021",
      "full_text": "respect. the harvest moon really said look at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "216",
      "retweet_count": "41",
      "id_str": "1300000000000324679",
      "id": "1300000000000324679",
      "created_at": "Wed Jan 13 00:00:00 +0000 2021",
      "full_text": "the moon is waning tonight and i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "68",
      "retweet_count": "18",
      "id_str": "1300000000000332598",
      "id": "1300000000000332598",
      "created_at": "Wed Jan 13 12:00:00 +0000 2021",
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "168",
      "retweet_count": "14",
      "id_str": "1300000000000340517",
      "id": "1300000000000340517",
      "created_at": "Wed Jan 13 13:00:00 +0000 2021",
      "full_text": "RT @skywatcher: petition to rename the new moon to sky cheese #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "353",
      "retweet_count": "21",
      "id_str": "1300000000000348436",
      "id": "1300000000000348436",
      "created_at": "Thu Jan 14 01:00:00 +0000 2021",
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "319",
      "retweet_count": "46",
      "id_str": "1300000000000356355",
      "id": "1300000000000356355",
      "created_at": "Thu Jan 14 08:00:00 +0000 2021",
      "full_text": "RT @skywatcher: fun fact: the moon is tidally locked. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "454",
      "retweet_count": "22",
      "id_str": "1300000000000364274",
      "id": "1300000000000364274",
      "created_at": "Thu Jan 14 11:00:00 +0000 2021",
      "full_text": "the moon is new tonight and i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "181",
      "retweet_count": "37",
      "id_str": "1300000000000372193",
      "id": "1300000000000372193",
      "created_at": "Thu Jan 14 19:00:00 +0000 2021",
      "full_text": "looked up at the full moon for 15 minutes. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "396",
      "retweet_count": "26",
      "id_str": "1300000000000380112",
      "id": "1300000000000380112",
      "created_at": "Fri Jan 15 02:00:00 +0000 2021",
      "full_text": "if the moon was tidally locked it would explain a crater shaped like a spoon. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "1",
      "retweet_count": "21",
      "id_str": "1300000000000388031",
      "id": "1300000000000388031",
      "created_at": "Fri Jan 15 10:00:00 +0000 2021",
      "full_text": "fun fact: the moon is tidally locked. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "35",
      "retweet_count": "0",
      "id_str": "1300000000000395950",
      "id": "1300000000000395950",
      "created_at": "Fri Jan 15 17:00:00 +0000 2021",
      "full_text": "i need a minute. the new moon really said not today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "470",
      "retweet_count": "46",
      "id_str": "1300000000000403869",
      "id": "1300000000000403869",
      "created_at": "Sat Jan 16 02:00:00 +0000 2021",
      "full_text": "the moon is waxing gibbous tonight and i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "467",
      "retweet_count": "39",
      "id_str": "1300000000000411788",
      "id": "1300000000000411788",
      "created_at": "Sat Jan 16 10:00:00 +0000 2021",
      "full_text": "looked up at the new moon for 16 minutes. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "140",
      "retweet_count": "18",
      "id_str": "1300000000000419707",
      "id": "1300000000000419707",
      "created_at": "Sat Jan 16 12:00:00 +0000 2021",
      "full_text": "@birdnerd if the moon was covered in dust it would explain a very fast cloud. unbelievable.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000465401257",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "196",
      "retweet_count": "11",
      "id_str": "1300000000000427626",
      "id": "1300000000000427626",
      "created_at": "Sun Jan 17 00:00:00 +0000 2021",
      "full_text": "telescope log, night 14: the lunar apennines. feelings about it https://example.com/lunar_larry/54",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "386",
      "retweet_count": "3",
      "id_str": "1300000000000435545",
      "id": "1300000000000435545",
      "created_at": "Sun Jan 17 03:00:00 +0000 2021",
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "168",
      "retweet_count": "13",
      "id_str": "1300000000000443464",
      "id": "1300000000000443464",
      "created_at": "Sun Jan 17 08:00:00 +0000 2021",
      "full_text": "fun fact: the moon is covered in dust. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "378",
      "retweet_count": "6",
      "id_str": "1300000000000451383",
      "id": "1300000000000451383",
      "created_at": "Sun Jan 17 19:00:00 +0000 2021",
      "full_text": "looked up at the new moon for 7 minutes.\n\nwild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "200",
      "retweet_count": "37",
      "id_str": "1300000000000459302",
      "id": "1300000000000459302",
      "created_at": "Mon Jan 18 01:00:00 +0000 2021",
      "full_text": "fun fact: the moon is older than cheese.\n\ni need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "463",
      "retweet_count": "9",
      "id_str": "1300000000000467221",
      "id": "1300000000000467221",
      "created_at": "Mon Jan 18 07:00:00 +0000 2021",
      "full_text": "we live in a society. the harvest moon really said not today https://example.com/lunar_larry/59",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "189",
      "retweet_count": "46",
      "id_str": "1300000000000475140",
      "id": "1300000000000475140",
      "created_at": "Mon Jan 18 12:00:00 +0000 2021",
      "full_text": "looked up at the full moon for 13 minutes. respect. https://example.com/lunar_larry/60",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "190",
      "retweet_count": "12",
      "id_str": "1300000000000483059",
      "id": "1300000000000483059",
      "created_at": "Mon Jan 18 21:00:00 +0000 2021",
      "full_text": "the moon is full tonight and i have a new theory https://example.com/lunar_larry/61",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "408",
      "retweet_count": "5",
      "id_str": "1300000000000490978",
      "id": "1300000000000490978",
      "created_at": "Tue Jan 19 08:00:00 +0000 2021",
      "full_text": "@newsbot the moon is waxing gibbous tonight and i have a new theory",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000826518661",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "30",
      "retweet_count": "12",
      "id_str": "1300000000000498897",
      "id": "1300000000000498897",
      "created_at": "Tue Jan 19 09:00:00 +0000 2021",
      "full_text": "fun fact: the moon is covered in dust. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "412",
      "retweet_count": "26",
      "id_str": "1300000000000506816",
      "id": "1300000000000506816",
      "created_at": "Tue Jan 19 16:00:00 +0000 2021",
      "full_text": "@newsbot telescope log, night 6: a crater shaped like a spoon. feelings about it",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000617064896",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "79",
      "retweet_count": "45",
      "id_str": "1300000000000514735",
      "id": "1300000000000514735",
      "created_at": "Wed Jan 20 02:00:00 +0000 2021",
      "full_text": "@birdnerd looked up at the crescent moon for 33 minutes. unbelievable.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000206673204",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "413",
      "retweet_count": "0",
      "id_str": "1300000000000522654",
      "id": "1300000000000522654",
      "created_at": "Wed Jan 20 09:00:00 +0000 2021",
      "full_text": "if the moon was covered in dust it would explain a satellite waving. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "76",
      "retweet_count": "15",
      "id_str": "1300000000000530573",
      "id": "1300000000000530573",
      "created_at": "Wed Jan 20 13:00:00 +0000 2021",
      "full_text": "the moon is waxing gibbous tonight and i have to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "445",
      "retweet_count": "6",
      "id_str": "1300000000000538492",
      "id": "1300000000000538492",
      "created_at": "Wed Jan 20 22:00:00 +0000 2021",
      "full_text": "if the moon was older than cheese it would explain the lunar apennines. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "221",
      "retweet_count": "45",
      "id_str": "1300000000000546411",
      "id": "1300000000000546411",
      "created_at": "Thu Jan 21 05:00:00 +0000 2021",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "123",
      "retweet_count": "22",
      "id_str": "1300000000000554330",
      "id": "1300000000000554330",
      "created_at": "Thu Jan 21 12:00:00 +0000 2021",
      "full_text": "fun fact: the moon is covered in dust. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "286",
      "retweet_count": "8",
      "id_str": "1300000000000562249",
      "id": "1300000000000562249",
      "created_at": "Thu Jan 21 22:00:00 +0000 2021",
      "full_text": "if the moon was older than cheese it would explain a satellite waving. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "489",
      "retweet_count": "21",
      "id_str": "1300000000000570168",
      "id": "1300000000000570168",
      "created_at": "Fri Jan 22 04:00:00 +0000 2021",
      "full_text": "if the moon was basically a big rock it would explain a satellite waving. respect. https://example.com/lunar_larry/72",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "480",
      "retweet_count": "34",
      "id_str": "1300000000000578087",
      "id": "1300000000000578087",
      "created_at": "Fri Jan 22 08:00:00 +0000 2021",
      "full_text": "the moon is waning tonight and i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "215",
      "retweet_count": "15",
      "id_str": "1300000000000586006",
      "id": "1300000000000586006",
      "created_at": "Fri Jan 22 16:00:00 +0000 2021",
      "full_text": "telescope log, night 9: a very fast cloud. a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "176",
      "retweet_count": "0",
      "id_str": "1300000000000593925",
      "id": "1300000000000593925",
      "created_at": "Sat Jan 23 01:00:00 +0000 2021",
      "full_text": "if the moon was slowly drifting away it would explain a satellite waving. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "490",
      "retweet_count": "44",
      "id_str": "1300000000000601844",
      "id": "1300000000000601844",
      "created_at": "Sat Jan 23 05:00:00 +0000 2021",
      "full_text": "thread 👇",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "179",
      "retweet_count": "10",
      "id_str": "1300000000000609763",
      "id": "1300000000000609763",
      "created_at": "Sat Jan 23 15:00:00 +0000 2021",
      "full_text": "petition to rename the full moon to sky cheese #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "140",
      "retweet_count": "10",
      "id_str": "1300000000000617682",
      "id": "1300000000000617682",
      "created_at": "Sat Jan 23 18:00:00 +0000 2021",
      "full_text": "the moon is crescent tonight and i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "298",
      "retweet_count": "7",
      "id_str": "1300000000000625601",
      "id": "1300000000000625601",
      "created_at": "Sun Jan 24 04:00:00 +0000 2021",
      "full_text": "RT @friend: the moon is waning tonight and i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "192",
      "retweet_count": "24",
      "id_str": "1300000000000633520",
      "id": "1300000000000633520",
      "created_at": "Sun Jan 24 08:00:00 +0000 2021",
      "full_text": "telescope log, night 9: a crater shaped like a spoon. no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "439",
      "retweet_count": "23",
      "id_str": "1300000000000641439",
      "id": "1300000000000641439",
      "created_at": "Sun Jan 24 20:00:00 +0000 2021",
      "full_text": "RT @birdnerd: fun fact: the moon is older than cheese. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "150",
      "retweet_count": "37",
      "id_str": "1300000000000649358",
      "id": "1300000000000649358",
      "created_at": "Mon Jan 25 02:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 3 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "296",
      "retweet_count": "31",
      "id_str": "1300000000000657277",
      "id": "1300000000000657277",
      "created_at": "Mon Jan 25 08:00:00 +0000 2021",
      "full_text": "@friend same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "88",
      "retweet_count": "1",
      "id_str": "1300000000000665196",
      "id": "1300000000000665196",
      "created_at": "Mon Jan 25 17:00:00 +0000 2021",
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "8",
      "retweet_count": "26",
      "id_str": "1300000000000673115",
      "id": "1300000000000673115",
      "created_at": "Mon Jan 25 20:00:00 +0000 2021",
      "full_text": "@skywatcher looked up at the full moon for 23 minutes. wild.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000400085767",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "161",
      "retweet_count": "36",
      "id_str": "1300000000000681034",
      "id": "1300000000000681034",
      "created_at": "Tue Jan 26 07:00:00 +0000 2021",
      "full_text": "telescope log, night 39: a very fast cloud. a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "141",
      "retweet_count": "21",
      "id_str": "1300000000000688953",
      "id": "1300000000000688953",
      "created_at": "Tue Jan 26 14:00:00 +0000 2021",
      "full_text": "@friend the moon is waning tonight and i have a new theory",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000399092576",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "178",
      "retweet_count": "7",
      "id_str": "1300000000000696872",
      "id": "1300000000000696872",
      "created_at": "Tue Jan 26 22:00:00 +0000 2021",
      "full_text": "respect. the crescent moon really said i am the main character",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "118",
      "retweet_count": "32",
      "id_str": "1300000000000704791",
      "id": "1300000000000704791",
      "created_at": "Wed Jan 27 04:00:00 +0000 2021",
      "full_text": "looked up at the waning moon for 15 minutes. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "351",
      "retweet_count": "48",
      "id_str": "1300000000000712710",
      "id": "1300000000000712710",
      "created_at": "Wed Jan 27 07:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "332",
      "retweet_count": "37",
      "id_str": "1300000000000720629",
      "id": "1300000000000720629",
      "created_at": "Wed Jan 27 14:00:00 +0000 2021",
      "full_text": "petition to rename the waxing gibbous moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "250",
      "retweet_count": "25",
      "id_str": "1300000000000728548",
      "id": "1300000000000728548",
      "created_at": "Wed Jan 27 21:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "253",
      "retweet_count": "6",
      "id_str": "1300000000000736467",
      "id": "1300000000000736467",
      "created_at": "Thu Jan 28 04:00:00 +0000 2021",
      "full_text": "my telescope showed me the lunar apennines and now i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "459",
      "retweet_count": "33",
      "id_str": "1300000000000744386",
      "id": "1300000000000744386",
      "created_at": "Thu Jan 28 14:00:00 +0000 2021",
      "full_text": "looked up at the harvest moon for 7 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "353",
      "retweet_count": "47",
      "id_str": "1300000000000752305",
      "id": "1300000000000752305",
      "created_at": "Thu Jan 28 19:00:00 +0000 2021",
      "full_text": "petition to rename the crescent moon to larry two #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "409",
      "retweet_count": "31",
      "id_str": "1300000000000760224",
      "id": "1300000000000760224",
      "created_at": "Fri Jan 29 05:00:00 +0000 2021",
      "full_text": "@compost_queen petition to rename the waning moon to sky cheese #astronomy",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000015302126",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "146",
      "retweet_count": "6",
      "id_str": "1300000000000768143",
      "id": "1300000000000768143",
      "created_at": "Fri Jan 29 08:00:00 +0000 2021",
      "full_text": "the moon is waning tonight and i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "91",
      "retweet_count": "37",
      "id_str": "1300000000000776062",
      "id": "1300000000000776062",
      "created_at": "Fri Jan 29 15:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "436",
      "retweet_count": "0",
      "id_str": "1300000000000783981",
      "id": "1300000000000783981",
      "created_at": "Sat Jan 30 03:00:00 +0000 2021",
      "full_text": "brb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "299",
      "retweet_count": "23",
      "id_str": "1300000000000791900",
      "id": "1300000000000791900",
      "created_at": "Sat Jan 30 05:00:00 +0000 2021",
      "full_text": "telescope log, night 29: a very fast cloud. a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "108",
      "retweet_count": "12",
      "id_str": "1300000000000799819",
      "id": "1300000000000799819",
      "created_at": "Sat Jan 30 16:00:00 +0000 2021",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "137",
      "retweet_count": "17",
      "id_str": "1300000000000807738",
      "id": "1300000000000807738",
      "created_at": "Sat Jan 30 19:00:00 +0000 2021",
      "full_text": "petition to rename the harvest moon to big steve #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "60",
      "retweet_count": "41",
      "id_str": "1300000000000815657",
      "id": "1300000000000815657",
      "created_at": "Sun Jan 31 06:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "103",
      "retweet_count": "32",
      "id_str": "1300000000000823576",
      "id": "1300000000000823576",
      "created_at": "Sun Jan 31 12:00:00 +0000 2021",
      "full_text": "RT @compost_queen: the moon is full tonight and i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "133",
      "retweet_count": "15",
      "id_str": "1300000000000831495",
      "id": "1300000000000831495",
      "created_at": "Sun Jan 31 17:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "10",
      "retweet_count": "12",
      "id_str": "1300000000000839414",
      "id": "1300000000000839414",
      "created_at": "Mon Feb 01 00:00:00 +0000 2021",
      "full_text": "good morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "73",
      "retweet_count": "14",
      "id_str": "1300000000000847333",
      "id": "1300000000000847333",
      "created_at": "Mon Feb 01 09:00:00 +0000 2021",
      "full_text": "RT @newsbot: if the moon was older than cheese it would explain a very fast cloud. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "326",
      "retweet_count": "29",
      "id_str": "1300000000000855252",
      "id": "1300000000000855252",
      "created_at": "Mon Feb 01 15:00:00 +0000 2021",
      "full_text": "brb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "13",
      "retweet_count": "34",
      "id_str": "1300000000000863171",
      "id": "1300000000000863171",
      "created_at": "Mon Feb 01 21:00:00 +0000 2021",
      "full_text": "telescope log, night 27: a crater shaped like a spoon. to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "422",
      "retweet_count": "47",
      "id_str": "1300000000000871090",
      "id": "1300000000000871090",
      "created_at": "Tue Feb 02 08:00:00 +0000 2021",
      "full_text": "RT @newsbot: unbelievable. the new moon really said not today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "480",
      "retweet_count": "36",
      "id_str": "1300000000000879009",
      "id": "1300000000000879009",
      "created_at": "Tue Feb 02 14:00:00 +0000 2021",
      "full_text": "telescope log, night 32: three stars in a row. to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "327",
      "retweet_count": "26",
      "id_str": "1300000000000886928",
      "id": "1300000000000886928",
      "created_at": "Tue Feb 02 16:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 26 minutes. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "425",
      "retweet_count": "0",
      "id_str": "1300000000000894847",
      "id": "1300000000000894847",
      "created_at": "Tue Feb 02 23:00:00 +0000 2021",
      "full_text": "RT @friend: if the moon was tidally locked it would explain a crater shaped like a spoon. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "170",
      "retweet_count": "11",
      "id_str": "1300000000000902766",
      "id": "1300000000000902766",
      "created_at": "Wed Feb 03 09:00:00 +0000 2021",
      "full_text": "telescope log, night 15: a satellite waving. to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "463",
      "retweet_count": "27",
      "id_str": "1300000000000910685",
      "id": "1300000000000910685",
      "created_at": "Wed Feb 03 15:00:00 +0000 2021",
      "full_text": "looked up at the waning moon for 25 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "152",
      "retweet_count": "20",
      "id_str": "1300000000000918604",
      "id": "1300000000000918604",
      "created_at": "Wed Feb 03 21:00:00 +0000 2021",
      "full_text": "looked up at the full moon for 26 minutes. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "198",
      "retweet_count": "27",
      "id_str": "1300000000000926523",
      "id": "1300000000000926523",
      "created_at": "Thu Feb 04 09:00:00 +0000 2021",
      "full_text": "brb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "454",
      "retweet_count": "8",
      "id_str": "1300000000000934442",
      "id": "1300000000000934442",
      "created_at": "Thu Feb 04 13:00:00 +0000 2021",
      "full_text": "the moon is full tonight and i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "270",
      "retweet_count": "9",
      "id_str": "1300000000000942361",
      "id": "1300000000000942361",
      "created_at": "Thu Feb 04 22:00:00 +0000 2021",
      "full_text": "RT @skywatcher: my telescope showed me a very fast cloud and now i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "31",
      "retweet_count": "14",
      "id_str": "1300000000000950280",
      "id": "1300000000000950280",
      "created_at": "Fri Feb 05 04:00:00 +0000 2021",
      "full_text": "petition to rename the harvest moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "68",
      "retweet_count": "24",
      "id_str": "1300000000000958199",
      "id": "1300000000000958199",
      "created_at": "Fri Feb 05 09:00:00 +0000 2021",
      "full_text": "fun fact: the moon is basically a big rock. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "286",
      "retweet_count": "31",
      "id_str": "1300000000000966118",
      "id": "1300000000000966118",
      "created_at": "Fri Feb 05 19:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to sky cheese #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "211",
      "retweet_count": "32",
      "id_str": "1300000000000974037",
      "id": "1300000000000974037",
      "created_at": "Fri Feb 05 23:00:00 +0000 2021",
      "full_text": "looked up at the waning moon for 3 minutes. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "423",
      "retweet_count": "7",
      "id_str": "1300000000000981956",
      "id": "1300000000000981956",
      "created_at": "Sat Feb 06 08:00:00 +0000 2021",
      "full_text": "unbelievable. the new moon really said i am the main character",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "276",
      "retweet_count": "7",
      "id_str": "1300000000000989875",
      "id": "1300000000000989875",
      "created_at": "Sat Feb 06 12:00:00 +0000 2021",
      "full_text": "the moon is crescent tonight and i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "37",
      "retweet_count": "1",
      "id_str": "1300000000000997794",
      "id": "1300000000000997794",
      "created_at": "Sat Feb 06 21:00:00 +0000 2021",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have no further questions https://example.com/lunar_larry/126",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "289",
      "retweet_count": "38",
      "id_str": "1300000000001005713",
      "id": "1300000000001005713",
      "created_at": "Sun Feb 07 02:00:00 +0000 2021",
      "full_text": "@compost_queen fun fact: the moon is older than cheese. respect.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000526352199",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "0",
      "retweet_count": "43",
      "id_str": "1300000000001013632",
      "id": "1300000000001013632",
      "created_at": "Sun Feb 07 13:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 5 minutes. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "53",
      "retweet_count": "25",
      "id_str": "1300000000001021551",
      "id": "1300000000001021551",
      "created_at": "Sun Feb 07 21:00:00 +0000 2021",
      "full_text": "telescope log, night 36: three stars in a row. several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "236",
      "retweet_count": "17",
      "id_str": "1300000000001029470",
      "id": "1300000000001029470",
      "created_at": "Mon Feb 08 01:00:00 +0000 2021",
      "full_text": "we live in a society. the full moon really said look at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "475",
      "retweet_count": "36",
      "id_str": "1300000000001037389",
      "id": "1300000000001037389",
      "created_at": "Mon Feb 08 09:00:00 +0000 2021",
      "full_text": "if the moon was slowly drifting away it would explain a very fast cloud. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "34",
      "retweet_count": "48",
      "id_str": "1300000000001045308",
      "id": "1300000000001045308",
      "created_at": "Mon Feb 08 15:00:00 +0000 2021",
      "full_text": "my telescope showed me three stars in a row and now i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "160",
      "retweet_count": "33",
      "id_str": "1300000000001053227",
      "id": "1300000000001053227",
      "created_at": "Mon Feb 08 23:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "180",
      "retweet_count": "42",
      "id_str": "1300000000001061146",
      "id": "1300000000001061146",
      "created_at": "Tue Feb 09 07:00:00 +0000 2021",
      "full_text": "we live in a society. the full moon really said i am the main character https://example.com/lunar_larry/134",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "309",
      "retweet_count": "26",
      "id_str": "1300000000001069065",
      "id": "1300000000001069065",
      "created_at": "Tue Feb 09 10:00:00 +0000 2021",
      "full_text": "brb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "32",
      "retweet_count": "50",
      "id_str": "1300000000001076984",
      "id": "1300000000001076984",
      "created_at": "Tue Feb 09 21:00:00 +0000 2021",
      "full_text": "fun fact: the moon is basically a big rock. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "128",
      "retweet_count": "14",
      "id_str": "1300000000001084903",
      "id": "1300000000001084903",
      "created_at": "Wed Feb 10 05:00:00 +0000 2021",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "164",
      "retweet_count": "17",
      "id_str": "1300000000001092822",
      "id": "1300000000001092822",
      "created_at": "Wed Feb 10 09:00:00 +0000 2021",
      "full_text": "if the moon was slowly drifting away it would explain a satellite waving. respect. https://example.com/lunar_larry/138",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "290",
      "retweet_count": "48",
      "id_str": "1300000000001100741",
      "id": "1300000000001100741",
      "created_at": "Wed Feb 10 13:00:00 +0000 2021",
      "full_text": "unbelievable. the new moon really said look at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "307",
      "retweet_count": "26",
      "id_str": "1300000000001108660",
      "id": "1300000000001108660",
      "created_at": "Wed Feb 10 20:00:00 +0000 2021",
      "full_text": "wild. the waning moon really said look at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "95",
      "retweet_count": "5",
      "id_str": "1300000000001116579",
      "id": "1300000000001116579",
      "created_at": "Thu Feb 11 07:00:00 +0000 2021",
      "full_text": "@birdnerd the moon is crescent tonight and i have to lie down",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000706225825",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "126",
      "retweet_count": "38",
      "id_str": "1300000000001124498",
      "id": "1300000000001124498",
      "created_at": "Thu Feb 11 11:00:00 +0000 2021",
      "full_text": "brb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "165",
      "retweet_count": "3",
      "id_str": "1300000000001132417",
      "id": "1300000000001132417",
      "created_at": "Thu Feb 11 17:00:00 +0000 2021",
      "full_text": "petition to rename the full moon to sky cheese #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "285",
      "retweet_count": "38",
      "id_str": "1300000000001140336",
      "id": "1300000000001140336",
      "created_at": "Fri Feb 12 02:00:00 +0000 2021",
      "full_text": "my telescope showed me a satellite waving and now i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "117",
      "retweet_count": "18",
      "id_str": "1300000000001148255",
      "id": "1300000000001148255",
      "created_at": "Fri Feb 12 07:00:00 +0000 2021",
      "full_text": "RT @birdnerd: fun fact: the moon is basically a big rock. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "263",
      "retweet_count": "13",
      "id_str": "1300000000001156174",
      "id": "1300000000001156174",
      "created_at": "Fri Feb 12 17:00:00 +0000 2021",
      "full_text": "looked up at the new moon for 39 minutes. we live in a society. https://example.com/lunar_larry/146",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "206",
      "retweet_count": "27",
      "id_str": "1300000000001164093",
      "id": "1300000000001164093",
      "created_at": "Fri Feb 12 23:00:00 +0000 2021",
      "full_text": "telescope log, night 24: a crater shaped like a spoon. to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "412",
      "retweet_count": "6",
      "id_str": "1300000000001172012",
      "id": "1300000000001172012",
      "created_at": "Sat Feb 13 09:00:00 +0000 2021",
      "full_text": "ok",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "164",
      "retweet_count": "19",
      "id_str": "1300000000001179931",
      "id": "1300000000001179931",
      "created_at": "Sat Feb 13 17:00:00 +0000 2021",
      "full_text": "we live in a society. the harvest moon really said not today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "6",
      "retweet_count": "9",
      "id_str": "1300000000001187850",
      "id": "1300000000001187850",
      "created_at": "Sat Feb 13 20:00:00 +0000 2021",
      "full_text": "telescope log, night 8: a crater shaped like a spoon. no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "49",
      "retweet_count": "48",
      "id_str": "1300000000001195769",
      "id": "1300000000001195769",
      "created_at": "Sun Feb 14 04:00:00 +0000 2021",
      "full_text": "petition to rename the waxing gibbous moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "286",
      "retweet_count": "12",
      "id_str": "1300000000001203688",
      "id": "1300000000001203688",
      "created_at": "Sun Feb 14 12:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 7 minutes. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "482",
      "retweet_count": "16",
      "id_str": "1300000000001211607",
      "id": "1300000000001211607",
      "created_at": "Sun Feb 14 18:00:00 +0000 2021",
      "full_text": "RT @friend: petition to rename the crescent moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "141",
      "retweet_count": "7",
      "id_str": "1300000000001219526",
      "id": "1300000000001219526",
      "created_at": "Mon Feb 15 03:00:00 +0000 2021",
      "full_text": "my telescope showed me the lunar apennines and now i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "478",
      "retweet_count": "7",
      "id_str": "1300000000001227445",
      "id": "1300000000001227445",
      "created_at": "Mon Feb 15 09:00:00 +0000 2021",
      "full_text": "fun fact: the moon is tidally locked. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "187",
      "retweet_count": "28",
      "id_str": "1300000000001235364",
      "id": "1300000000001235364",
      "created_at": "Mon Feb 15 16:00:00 +0000 2021",
      "full_text": "the moon is harvest tonight and i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "221",
      "retweet_count": "44",
      "id_str": "1300000000001243283",
      "id": "1300000000001243283",
      "created_at": "Tue Feb 16 00:00:00 +0000 2021",
      "full_text": "RT @compost_queen: the moon is waning tonight and i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "98",
      "retweet_count": "19",
      "id_str": "1300000000001251202",
      "id": "1300000000001251202",
      "created_at": "Tue Feb 16 03:00:00 +0000 2021",
      "full_text": "telescope log, night 27: a very fast cloud. a new theory https://example.com/lunar_larry/158",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "136",
      "retweet_count": "6",
      "id_str": "1300000000001259121",
      "id": "1300000000001259121",
      "created_at": "Tue Feb 16 11:00:00 +0000 2021",
      "full_text": "if the moon was basically a big rock it would explain a very fast cloud.\n\nunbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "293",
      "retweet_count": "30",
      "id_str": "1300000000001267040",
      "id": "1300000000001267040",
      "created_at": "Tue Feb 16 17:00:00 +0000 2021",
      "full_text": "fun fact: the moon is basically a big rock. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "225",
      "retweet_count": "8",
      "id_str": "1300000000001274959",
      "id": "1300000000001274959",
      "created_at": "Wed Feb 17 05:00:00 +0000 2021",
      "full_text": "looked up at the waning moon for 17 minutes. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "62",
      "retweet_count": "2",
      "id_str": "1300000000001282878",
      "id": "1300000000001282878",
      "created_at": "Wed Feb 17 08:00:00 +0000 2021",
      "full_text": "RT @friend: fun fact: the moon is older than cheese. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "149",
      "retweet_count": "24",
      "id_str": "1300000000001290797",
      "id": "1300000000001290797",
      "created_at": "Wed Feb 17 19:00:00 +0000 2021",
      "full_text": "looked up at the new moon for 17 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "242",
      "retweet_count": "10",
      "id_str": "1300000000001298716",
      "id": "1300000000001298716",
      "created_at": "Wed Feb 17 23:00:00 +0000 2021",
      "full_text": "RT @newsbot: petition to rename the waxing gibbous moon to larry two #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "207",
      "retweet_count": "25",
      "id_str": "1300000000001306635",
      "id": "1300000000001306635",
      "created_at": "Thu Feb 18 09:00:00 +0000 2021",
      "full_text": "@skywatcher unbelievable. the harvest moon really said i am the main character",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000462213912",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "489",
      "retweet_count": "22",
      "id_str": "1300000000001314554",
      "id": "1300000000001314554",
      "created_at": "Thu Feb 18 10:00:00 +0000 2021",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "70",
      "retweet_count": "47",
      "id_str": "1300000000001322473",
      "id": "1300000000001322473",
      "created_at": "Thu Feb 18 23:00:00 +0000 2021",
      "full_text": "if the moon was slowly drifting away it would explain the lunar apennines. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "304",
      "retweet_count": "21",
      "id_str": "1300000000001330392",
      "id": "1300000000001330392",
      "created_at": "Fri Feb 19 06:00:00 +0000 2021",
      "full_text": "my telescope showed me a very fast cloud and now i have to lie down https://example.com/lunar_larry/168",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "85",
      "retweet_count": "16",
      "id_str": "1300000000001338311",
      "id": "1300000000001338311",
      "created_at": "Fri Feb 19 13:00:00 +0000 2021",
      "full_text": "telescope log, night 7: a satellite waving. a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "479",
      "retweet_count": "42",
      "id_str": "1300000000001346230",
      "id": "1300000000001346230",
      "created_at": "Fri Feb 19 20:00:00 +0000 2021",
      "full_text": "petition to rename the harvest moon to larry two #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "192",
      "retweet_count": "5",
      "id_str": "1300000000001354149",
      "id": "1300000000001354149",
      "created_at": "Sat Feb 20 00:00:00 +0000 2021",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "121",
      "retweet_count": "35",
      "id_str": "1300000000001362068",
      "id": "1300000000001362068",
      "created_at": "Sat Feb 20 08:00:00 +0000 2021",
      "full_text": "fun fact: the moon is tidally locked. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "407",
      "retweet_count": "4",
      "id_str": "1300000000001369987",
      "id": "1300000000001369987",
      "created_at": "Sat Feb 20 13:00:00 +0000 2021",
      "full_text": "telescope log, night 23: a very fast cloud. several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "328",
      "retweet_count": "7",
      "id_str": "1300000000001377906",
      "id": "1300000000001377906",
      "created_at": "Sat Feb 20 22:00:00 +0000 2021",
      "full_text": "i need a minute. the new moon really said i am the main character",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "458",
      "retweet_count": "34",
      "id_str": "1300000000001385825",
      "id": "1300000000001385825",
      "created_at": "Sun Feb 21 05:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "310",
      "retweet_count": "16",
      "id_str": "1300000000001393744",
      "id": "1300000000001393744",
      "created_at": "Sun Feb 21 12:00:00 +0000 2021",
      "full_text": "telescope log, night 7: a crater shaped like a spoon. to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "442",
      "retweet_count": "15",
      "id_str": "1300000000001401663",
      "id": "1300000000001401663",
      "created_at": "Sun Feb 21 15:00:00 +0000 2021",
      "full_text": "@compost_queen i need a minute.\n\nthe harvest moon really said i am the main character",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000175124378",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "54",
      "retweet_count": "9",
      "id_str": "1300000000001409582",
      "id": "1300000000001409582",
      "created_at": "Mon Feb 22 04:00:00 +0000 2021",
      "full_text": "the moon is waxing gibbous tonight and i have several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "170",
      "retweet_count": "7",
      "id_str": "1300000000001417501",
      "id": "1300000000001417501",
      "created_at": "Mon Feb 22 08:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 34 minutes.\n\nrespect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "409",
      "retweet_count": "34",
      "id_str": "1300000000001425420",
      "id": "1300000000001425420",
      "created_at": "Mon Feb 22 18:00:00 +0000 2021",
      "full_text": "RT @birdnerd: fun fact: the moon is covered in dust. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "429",
      "retweet_count": "9",
      "id_str": "1300000000001433339",
      "id": "1300000000001433339",
      "created_at": "Tue Feb 23 00:00:00 +0000 2021",
      "full_text": "looked up at the waning moon for 10 minutes. unbelievable. https://example.com/lunar_larry/181",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "290",
      "retweet_count": "7",
      "id_str": "1300000000001441258",
      "id": "1300000000001441258",
      "created_at": "Tue Feb 23 02:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "91",
      "retweet_count": "3",
      "id_str": "1300000000001449177",
      "id": "1300000000001449177",
      "created_at": "Tue Feb 23 14:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "200",
      "retweet_count": "28",
      "id_str": "1300000000001457096",
      "id": "1300000000001457096",
      "created_at": "Tue Feb 23 19:00:00 +0000 2021",
      "full_text": "wow #mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "332",
      "retweet_count": "15",
      "id_str": "1300000000001465015",
      "id": "1300000000001465015",
      "created_at": "Wed Feb 24 04:00:00 +0000 2021",
      "full_text": "unbelievable. the waxing gibbous moon really said i am the main character https://example.com/lunar_larry/185",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "281",
      "retweet_count": "12",
      "id_str": "1300000000001472934",
      "id": "1300000000001472934",
      "created_at": "Wed Feb 24 10:00:00 +0000 2021",
      "full_text": "the moon is waning tonight and i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "466",
      "retweet_count": "17",
      "id_str": "1300000000001480853",
      "id": "1300000000001480853",
      "created_at": "Wed Feb 24 13:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. we live in a society. https://example.com/lunar_larry/187",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "132",
      "retweet_count": "1",
      "id_str": "1300000000001488772",
      "id": "1300000000001488772",
      "created_at": "Wed Feb 24 23:00:00 +0000 2021",
      "full_text": "@friend the moon is new tonight and i have a new theory",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000880604508",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "113",
      "retweet_count": "18",
      "id_str": "1300000000001496691",
      "id": "1300000000001496691",
      "created_at": "Thu Feb 25 05:00:00 +0000 2021",
      "full_text": "petition to rename the waxing gibbous moon to sky cheese #astronomy https://example.com/lunar_larry/189",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "59",
      "retweet_count": "28",
      "id_str": "1300000000001504610",
      "id": "1300000000001504610",
      "created_at": "Thu Feb 25 16:00:00 +0000 2021",
      "full_text": "the moon is harvest tonight and i have to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "405",
      "retweet_count": "35",
      "id_str": "1300000000001512529",
      "id": "1300000000001512529",
      "created_at": "Thu Feb 25 18:00:00 +0000 2021",
      "full_text": "telescope log, night 23: three stars in a row. several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "79",
      "retweet_count": "3",
      "id_str": "1300000000001520448",
      "id": "1300000000001520448",
      "created_at": "Fri Feb 26 00:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 39 minutes. wild. https://example.com/lunar_larry/192",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "249",
      "retweet_count": "42",
      "id_str": "1300000000001528367",
      "id": "1300000000001528367",
      "created_at": "Fri Feb 26 09:00:00 +0000 2021",
      "full_text": "@compost_queen respect. the full moon really said look at me",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000010515145",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "288",
      "retweet_count": "7",
      "id_str": "1300000000001536286",
      "id": "1300000000001536286",
      "created_at": "Fri Feb 26 17:00:00 +0000 2021",
      "full_text": "wow #mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "10",
      "retweet_count": "29",
      "id_str": "1300000000001544205",
      "id": "1300000000001544205",
      "created_at": "Fri Feb 26 21:00:00 +0000 2021",
      "full_text": "petition to rename the new moon to larry two #astronomy https://example.com/lunar_larry/195",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "479",
      "retweet_count": "36",
      "id_str": "1300000000001552124",
      "id": "1300000000001552124",
      "created_at": "Sat Feb 27 06:00:00 +0000 2021",
      "full_text": "RT @newsbot: the moon is harvest tonight and i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "180",
      "retweet_count": "35",
      "id_str": "1300000000001560043",
      "id": "1300000000001560043",
      "created_at": "Sat Feb 27 17:00:00 +0000 2021",
      "full_text": "telescope log, night 34: a crater shaped like a spoon. feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "462",
      "retweet_count": "49",
      "id_str": "1300000000001567962",
      "id": "1300000000001567962",
      "created_at": "Sat Feb 27 22:00:00 +0000 2021",
      "full_text": "petition to rename the crescent moon to larry two #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "142",
      "retweet_count": "15",
      "id_str": "1300000000001575881",
      "id": "1300000000001575881",
      "created_at": "Sun Feb 28 01:00:00 +0000 2021",
      "full_text": "if the moon was covered in dust it would explain a satellite waving. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "272",
      "retweet_count": "24",
      "id_str": "1300000000001583800",
      "id": "1300000000001583800",
      "created_at": "Sun Feb 28 12:00:00 +0000 2021",
      "full_text": "@skywatcher looked up at the crescent moon for 10 minutes. i need a minute.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000852630510",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "196",
      "retweet_count": "3",
      "id_str": "1300000000001591719",
      "id": "1300000000001591719",
      "created_at": "Sun Feb 28 19:00:00 +0000 2021",
      "full_text": "RT @newsbot: telescope log, night 21: three stars in a row. several questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "471",
      "retweet_count": "7",
      "id_str": "1300000000001599638",
      "id": "1300000000001599638",
      "created_at": "Sun Feb 28 22:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 15 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "438",
      "retweet_count": "38",
      "id_str": "1300000000001607557",
      "id": "1300000000001607557",
      "created_at": "Mon Mar 01 06:00:00 +0000 2021",
      "full_text": "if the moon was slowly drifting away it would explain a very fast cloud. i need a minute. https://example.com/lunar_larry/203",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "214",
      "retweet_count": "2",
      "id_str": "1300000000001615476",
      "id": "1300000000001615476",
      "created_at": "Mon Mar 01 18:00:00 +0000 2021",
      "full_text": "brb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "51",
      "retweet_count": "49",
      "id_str": "1300000000001623395",
      "id": "1300000000001623395",
      "created_at": "Tue Mar 02 00:00:00 +0000 2021",
      "full_text": "fun fact: the moon is basically a big rock. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "240",
      "retweet_count": "39",
      "id_str": "1300000000001631314",
      "id": "1300000000001631314",
      "created_at": "Tue Mar 02 02:00:00 +0000 2021",
      "full_text": "the moon is harvest tonight and i have to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "469",
      "retweet_count": "16",
      "id_str": "1300000000001639233",
      "id": "1300000000001639233",
      "created_at": "Tue Mar 02 10:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 40 minutes. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "97",
      "retweet_count": "1",
      "id_str": "1300000000001647152",
      "id": "1300000000001647152",
      "created_at": "Tue Mar 02 20:00:00 +0000 2021",
      "full_text": "wild. the full moon really said not today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "311",
      "retweet_count": "29",
      "id_str": "1300000000001655071",
      "id": "1300000000001655071",
      "created_at": "Tue Mar 02 23:00:00 +0000 2021",
      "full_text": "if the moon was slowly drifting away it would explain three stars in a row. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "285",
      "retweet_count": "15",
      "id_str": "1300000000001662990",
      "id": "1300000000001662990",
      "created_at": "Wed Mar 03 12:00:00 +0000 2021",
      "full_text": "@friend the moon is full tonight and i have no further questions",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000222278369",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "9",
      "retweet_count": "37",
      "id_str": "1300000000001670909",
      "id": "1300000000001670909",
      "created_at": "Wed Mar 03 17:00:00 +0000 2021",
      "full_text": "respect. the crescent moon really said i am the main character",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "181",
      "retweet_count": "27",
      "id_str": "1300000000001678828",
      "id": "1300000000001678828",
      "created_at": "Wed Mar 03 23:00:00 +0000 2021",
      "full_text": "@compost_queen the moon is waxing gibbous tonight and i have no further questions https://example.com/lunar_larry/212",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000611669046",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "163",
      "retweet_count": "2",
      "id_str": "1300000000001686747",
      "id": "1300000000001686747",
      "created_at": "Thu Mar 04 07:00:00 +0000 2021",
      "full_text": "my telescope showed me a satellite waving and now i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "486",
      "retweet_count": "2",
      "id_str": "1300000000001694666",
      "id": "1300000000001694666",
      "created_at": "Thu Mar 04 15:00:00 +0000 2021",
      "full_text": "the moon is waxing gibbous tonight and i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "126",
      "retweet_count": "3",
      "id_str": "1300000000001702585",
      "id": "1300000000001702585",
      "created_at": "Thu Mar 04 23:00:00 +0000 2021",
      "full_text": "petition to rename the crescent moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "204",
      "retweet_count": "47",
      "id_str": "1300000000001710504",
      "id": "1300000000001710504",
      "created_at": "Fri Mar 05 03:00:00 +0000 2021",
      "full_text": "looked up at the full moon for 18 minutes. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "275",
      "retweet_count": "18",
      "id_str": "1300000000001718423",
      "id": "1300000000001718423",
      "created_at": "Fri Mar 05 08:00:00 +0000 2021",
      "full_text": "my telescope showed me a very fast cloud and now i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "399",
      "retweet_count": "11",
      "id_str": "1300000000001726342",
      "id": "1300000000001726342",
      "created_at": "Fri Mar 05 18:00:00 +0000 2021",
      "full_text": "if the moon was basically a big rock it would explain three stars in a row. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "216",
      "retweet_count": "24",
      "id_str": "1300000000001734261",
      "id": "1300000000001734261",
      "created_at": "Fri Mar 05 23:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "91",
      "retweet_count": "22",
      "id_str": "1300000000001742180",
      "id": "1300000000001742180",
      "created_at": "Sat Mar 06 04:00:00 +0000 2021",
      "full_text": "@birdnerd my telescope showed me three stars in a row and now i have no further questions",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000402042071",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "499",
      "retweet_count": "6",
      "id_str": "1300000000001750099",
      "id": "1300000000001750099",
      "created_at": "Sat Mar 06 13:00:00 +0000 2021",
      "full_text": "looked up at the waning moon for 30 minutes. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "460",
      "retweet_count": "15",
      "id_str": "1300000000001758018",
      "id": "1300000000001758018",
      "created_at": "Sat Mar 06 22:00:00 +0000 2021",
      "full_text": "looked up at the crescent moon for 16 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "445",
      "retweet_count": "33",
      "id_str": "1300000000001765937",
      "id": "1300000000001765937",
      "created_at": "Sun Mar 07 07:00:00 +0000 2021",
      "full_text": "petition to rename the waxing gibbous moon to sky cheese #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "353",
      "retweet_count": "13",
      "id_str": "1300000000001773856",
      "id": "1300000000001773856",
      "created_at": "Sun Mar 07 09:00:00 +0000 2021",
      "full_text": "the moon is crescent tonight and i have several questions https://example.com/lunar_larry/224",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "236",
      "retweet_count": "3",
      "id_str": "1300000000001781775",
      "id": "1300000000001781775",
      "created_at": "Sun Mar 07 16:00:00 +0000 2021",
      "full_text": "the moon is harvest tonight and i have to lie down https://example.com/lunar_larry/225",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "375",
      "retweet_count": "4",
      "id_str": "1300000000001789694",
      "id": "1300000000001789694",
      "created_at": "Sun Mar 07 23:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to sky cheese #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "236",
      "retweet_count": "46",
      "id_str": "1300000000001797613",
      "id": "1300000000001797613",
      "created_at": "Mon Mar 08 06:00:00 +0000 2021",
      "full_text": "fun fact: the moon is older than cheese. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "115",
      "retweet_count": "15",
      "id_str": "1300000000001805532",
      "id": "1300000000001805532",
      "created_at": "Mon Mar 08 12:00:00 +0000 2021",
      "full_text": "the moon is waning tonight and i have no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "291",
      "retweet_count": "27",
      "id_str": "1300000000001813451",
      "id": "1300000000001813451",
      "created_at": "Mon Mar 08 23:00:00 +0000 2021",
      "full_text": "@skywatcher my telescope showed me the lunar apennines and now i have a new theory",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000193254492",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "350",
      "retweet_count": "13",
      "id_str": "1300000000001821370",
      "id": "1300000000001821370",
      "created_at": "Tue Mar 09 05:00:00 +0000 2021",
      "full_text": "petition to rename the crescent moon to big steve #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "21",
      "retweet_count": "32",
      "id_str": "1300000000001829289",
      "id": "1300000000001829289",
      "created_at": "Tue Mar 09 10:00:00 +0000 2021",
      "full_text": "looked up at the harvest moon for 26 minutes.\n\nunbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "295",
      "retweet_count": "13",
      "id_str": "1300000000001837208",
      "id": "1300000000001837208",
      "created_at": "Tue Mar 09 18:00:00 +0000 2021",
      "full_text": "petition to rename the full moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "392",
      "retweet_count": "16",
      "id_str": "1300000000001845127",
      "id": "1300000000001845127",
      "created_at": "Tue Mar 09 23:00:00 +0000 2021",
      "full_text": "telescope log, night 10: a very fast cloud. a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "156",
      "retweet_count": "14",
      "id_str": "1300000000001853046",
      "id": "1300000000001853046",
      "created_at": "Wed Mar 10 10:00:00 +0000 2021",
      "full_text": "good morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "177",
      "retweet_count": "15",
      "id_str": "1300000000001860965",
      "id": "1300000000001860965",
      "created_at": "Wed Mar 10 13:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 23 minutes. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "490",
      "retweet_count": "47",
      "id_str": "1300000000001868884",
      "id": "1300000000001868884",
      "created_at": "Thu Mar 11 02:00:00 +0000 2021",
      "full_text": "good morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "86",
      "retweet_count": "11",
      "id_str": "1300000000001876803",
      "id": "1300000000001876803",
      "created_at": "Thu Mar 11 08:00:00 +0000 2021",
      "full_text": "RT @friend: my telescope showed me a crater shaped like a spoon and now i have a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "451",
      "retweet_count": "50",
      "id_str": "1300000000001884722",
      "id": "1300000000001884722",
      "created_at": "Thu Mar 11 10:00:00 +0000 2021",
      "full_text": "the moon is crescent tonight and i have no further questions https://example.com/lunar_larry/238",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "141",
      "retweet_count": "0",
      "id_str": "1300000000001892641",
      "id": "1300000000001892641",
      "created_at": "Thu Mar 11 17:00:00 +0000 2021",
      "full_text": "fun fact: the moon is tidally locked. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "323",
      "retweet_count": "14",
      "id_str": "1300000000001900560",
      "id": "1300000000001900560",
      "created_at": "Fri Mar 12 05:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to big steve #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "483",
      "retweet_count": "20",
      "id_str": "1300000000001908479",
      "id": "1300000000001908479",
      "created_at": "Fri Mar 12 12:00:00 +0000 2021",
      "full_text": "RT @birdnerd: my telescope showed me three stars in a row and now i have to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "128",
      "retweet_count": "34",
      "id_str": "1300000000001916398",
      "id": "1300000000001916398",
      "created_at": "Fri Mar 12 16:00:00 +0000 2021",
      "full_text": "@compost_queen if the moon was basically a big rock it would explain a crater shaped like a spoon. respect.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000529720422",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "220",
      "retweet_count": "11",
      "id_str": "1300000000001924317",
      "id": "1300000000001924317",
      "created_at": "Sat Mar 13 02:00:00 +0000 2021",
      "full_text": "looked up at the full moon for 28 minutes. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "208",
      "retweet_count": "47",
      "id_str": "1300000000001932236",
      "id": "1300000000001932236",
      "created_at": "Sat Mar 13 10:00:00 +0000 2021",
      "full_text": "my telescope showed me a very fast cloud and now i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "179",
      "retweet_count": "50",
      "id_str": "1300000000001940155",
      "id": "1300000000001940155",
      "created_at": "Sat Mar 13 14:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to big steve #astronomy https://example.com/lunar_larry/245",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "287",
      "retweet_count": "5",
      "id_str": "1300000000001948074",
      "id": "1300000000001948074",
      "created_at": "Sat Mar 13 18:00:00 +0000 2021",
      "full_text": "RT @compost_queen: looked up at the full moon for 23 minutes. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "390",
      "retweet_count": "11",
      "id_str": "1300000000001955993",
      "id": "1300000000001955993",
      "created_at": "Sun Mar 14 02:00:00 +0000 2021",
      "full_text": "looked up at the crescent moon for 29 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "145",
      "retweet_count": "23",
      "id_str": "1300000000001963912",
      "id": "1300000000001963912",
      "created_at": "Sun Mar 14 12:00:00 +0000 2021",
      "full_text": "looked up at the harvest moon for 2 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "414",
      "retweet_count": "2",
      "id_str": "1300000000001971831",
      "id": "1300000000001971831",
      "created_at": "Sun Mar 14 16:00:00 +0000 2021",
      "full_text": "wow #mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "267",
      "retweet_count": "8",
      "id_str": "1300000000001979750",
      "id": "1300000000001979750",
      "created_at": "Sun Mar 14 23:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "470",
      "retweet_count": "2",
      "id_str": "1300000000001987669",
      "id": "1300000000001987669",
      "created_at": "Mon Mar 15 11:00:00 +0000 2021",
      "full_text": "fun fact: the moon is tidally locked. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "382",
      "retweet_count": "8",
      "id_str": "1300000000001995588",
      "id": "1300000000001995588",
      "created_at": "Mon Mar 15 15:00:00 +0000 2021",
      "full_text": "looked up at the waning moon for 23 minutes. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "395",
      "retweet_count": "32",
      "id_str": "1300000000002003507",
      "id": "1300000000002003507",
      "created_at": "Mon Mar 15 19:00:00 +0000 2021",
      "full_text": "wild. the waning moon really said not today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "361",
      "retweet_count": "50",
      "id_str": "1300000000002011426",
      "id": "1300000000002011426",
      "created_at": "Tue Mar 16 08:00:00 +0000 2021",
      "full_text": "wow #mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "448",
      "retweet_count": "9",
      "id_str": "1300000000002019345",
      "id": "1300000000002019345",
      "created_at": "Tue Mar 16 15:00:00 +0000 2021",
      "full_text": "telescope log, night 29: a very fast cloud. a new theory https://example.com/lunar_larry/255",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "295",
      "retweet_count": "39",
      "id_str": "1300000000002027264",
      "id": "1300000000002027264",
      "created_at": "Tue Mar 16 17:00:00 +0000 2021",
      "full_text": "if the moon was tidally locked it would explain a satellite waving. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "194",
      "retweet_count": "17",
      "id_str": "1300000000002035183",
      "id": "1300000000002035183",
      "created_at": "Wed Mar 17 04:00:00 +0000 2021",
      "full_text": "wow #mood",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "264",
      "retweet_count": "21",
      "id_str": "1300000000002043102",
      "id": "1300000000002043102",
      "created_at": "Wed Mar 17 11:00:00 +0000 2021",
      "full_text": "telescope log, night 36: a satellite waving. to lie down",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "391",
      "retweet_count": "24",
      "id_str": "1300000000002051021",
      "id": "1300000000002051021",
      "created_at": "Wed Mar 17 19:00:00 +0000 2021",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have no further questions https://example.com/lunar_larry/259",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "365",
      "retweet_count": "32",
      "id_str": "1300000000002058940",
      "id": "1300000000002058940",
      "created_at": "Thu Mar 18 00:00:00 +0000 2021",
      "full_text": "looked up at the full moon for 26 minutes. i need a minute. https://example.com/lunar_larry/260",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "323",
      "retweet_count": "17",
      "id_str": "1300000000002066859",
      "id": "1300000000002066859",
      "created_at": "Thu Mar 18 05:00:00 +0000 2021",
      "full_text": "@skywatcher i need a minute. the new moon really said i am the main character",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000217541136",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "353",
      "retweet_count": "4",
      "id_str": "1300000000002074778",
      "id": "1300000000002074778",
      "created_at": "Thu Mar 18 14:00:00 +0000 2021",
      "full_text": "RT @friend: looked up at the harvest moon for 39 minutes. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "475",
      "retweet_count": "21",
      "id_str": "1300000000002082697",
      "id": "1300000000002082697",
      "created_at": "Thu Mar 18 21:00:00 +0000 2021",
      "full_text": "lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "438",
      "retweet_count": "20",
      "id_str": "1300000000002090616",
      "id": "1300000000002090616",
      "created_at": "Fri Mar 19 06:00:00 +0000 2021",
      "full_text": "@friend my telescope showed me three stars in a row and now i have feelings about it",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000112680613",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "331",
      "retweet_count": "42",
      "id_str": "1300000000002098535",
      "id": "1300000000002098535",
      "created_at": "Fri Mar 19 08:00:00 +0000 2021",
      "full_text": "if the moon was basically a big rock it would explain a crater shaped like a spoon. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "398",
      "retweet_count": "47",
      "id_str": "1300000000002106454",
      "id": "1300000000002106454",
      "created_at": "Fri Mar 19 14:00:00 +0000 2021",
      "full_text": "i need a minute. the waxing gibbous moon really said look at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "408",
      "retweet_count": "11",
      "id_str": "1300000000002114373",
      "id": "1300000000002114373",
      "created_at": "Sat Mar 20 00:00:00 +0000 2021",
      "full_text": "yes!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "254",
      "retweet_count": "23",
      "id_str": "1300000000002122292",
      "id": "1300000000002122292",
      "created_at": "Sat Mar 20 04:00:00 +0000 2021",
      "full_text": "@birdnerd if the moon was basically a big rock it would explain a very fast cloud. we live in a society.",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000449913404",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "334",
      "retweet_count": "22",
      "id_str": "1300000000002130211",
      "id": "1300000000002130211",
      "created_at": "Sat Mar 20 17:00:00 +0000 2021",
      "full_text": "my telescope showed me three stars in a row and now i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "465",
      "retweet_count": "14",
      "id_str": "1300000000002138130",
      "id": "1300000000002138130",
      "created_at": "Sat Mar 20 18:00:00 +0000 2021",
      "full_text": "RT @birdnerd: my telescope showed me a crater shaped like a spoon and now i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "188",
      "retweet_count": "5",
      "id_str": "1300000000002146049",
      "id": "1300000000002146049",
      "created_at": "Sun Mar 21 04:00:00 +0000 2021",
      "full_text": "@compost_queen petition to rename the new moon to big steve #astronomy",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000783560391",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "78",
      "retweet_count": "47",
      "id_str": "1300000000002153968",
      "id": "1300000000002153968",
      "created_at": "Sun Mar 21 11:00:00 +0000 2021",
      "full_text": "wild. the full moon really said goodnight everyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "1",
      "retweet_count": "14",
      "id_str": "1300000000002161887",
      "id": "1300000000002161887",
      "created_at": "Sun Mar 21 19:00:00 +0000 2021",
      "full_text": "unbelievable. the harvest moon really said look at me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "208",
      "retweet_count": "36",
      "id_str": "1300000000002169806",
      "id": "1300000000002169806",
      "created_at": "Mon Mar 22 02:00:00 +0000 2021",
      "full_text": "telescope log, night 29: a satellite waving. no further questions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "8",
      "retweet_count": "8",
      "id_str": "1300000000002177725",
      "id": "1300000000002177725",
      "created_at": "Mon Mar 22 08:00:00 +0000 2021",
      "full_text": "RT @friend: we live in a society. the waning moon really said i am the main character",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "397",
      "retweet_count": "0",
      "id_str": "1300000000002185644",
      "id": "1300000000002185644",
      "created_at": "Mon Mar 22 13:00:00 +0000 2021",
      "full_text": "brb",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "100",
      "retweet_count": "11",
      "id_str": "1300000000002193563",
      "id": "1300000000002193563",
      "created_at": "Mon Mar 22 21:00:00 +0000 2021",
      "full_text": "i need a minute. the new moon really said goodnight everyone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "358",
      "retweet_count": "6",
      "id_str": "1300000000002201482",
      "id": "1300000000002201482",
      "created_at": "Tue Mar 23 03:00:00 +0000 2021",
      "full_text": "fun fact: the moon is covered in dust. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "247",
      "retweet_count": "39",
      "id_str": "1300000000002209401",
      "id": "1300000000002209401",
      "created_at": "Tue Mar 23 15:00:00 +0000 2021",
      "full_text": "if the moon was covered in dust it would explain the lunar apennines. unbelievable.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "8",
      "retweet_count": "46",
      "id_str": "1300000000002217320",
      "id": "1300000000002217320",
      "created_at": "Tue Mar 23 22:00:00 +0000 2021",
      "full_text": "unbelievable. the waning moon really said not today",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "116",
      "retweet_count": "33",
      "id_str": "1300000000002225239",
      "id": "1300000000002225239",
      "created_at": "Wed Mar 24 00:00:00 +0000 2021",
      "full_text": "petition to rename the waning moon to larry two #astronomy https://example.com/lunar_larry/281",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "84",
      "retweet_count": "37",
      "id_str": "1300000000002233158",
      "id": "1300000000002233158",
      "created_at": "Wed Mar 24 08:00:00 +0000 2021",
      "full_text": "looked up at the new moon for 29 minutes. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "432",
      "retweet_count": "0",
      "id_str": "1300000000002241077",
      "id": "1300000000002241077",
      "created_at": "Wed Mar 24 19:00:00 +0000 2021",
      "full_text": "RT @friend: telescope log, night 8: the lunar apennines. a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "416",
      "retweet_count": "19",
      "id_str": "1300000000002248996",
      "id": "1300000000002248996",
      "created_at": "Wed Mar 24 22:00:00 +0000 2021",
      "full_text": "petition to rename the full moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "425",
      "retweet_count": "30",
      "id_str": "1300000000002256915",
      "id": "1300000000002256915",
      "created_at": "Thu Mar 25 08:00:00 +0000 2021",
      "full_text": "petition to rename the harvest moon to sky cheese #astronomy https://example.com/lunar_larry/285",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "229",
      "retweet_count": "31",
      "id_str": "1300000000002264834",
      "id": "1300000000002264834",
      "created_at": "Thu Mar 25 12:00:00 +0000 2021",
      "full_text": "looked up at the new moon for 21 minutes. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "139",
      "retweet_count": "47",
      "id_str": "1300000000002272753",
      "id": "1300000000002272753",
      "created_at": "Thu Mar 25 19:00:00 +0000 2021",
      "full_text": "petition to rename the new moon to the night lamp #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "442",
      "retweet_count": "15",
      "id_str": "1300000000002280672",
      "id": "1300000000002280672",
      "created_at": "Fri Mar 26 01:00:00 +0000 2021",
      "full_text": "@compost_queen telescope log, night 21: the lunar apennines. several questions",
      "lang": "en",
      "in_reply_to_status_id_str": "100000000160969660",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "466",
      "retweet_count": "18",
      "id_str": "1300000000002288591",
      "id": "1300000000002288591",
      "created_at": "Fri Mar 26 07:00:00 +0000 2021",
      "full_text": "@friend same",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "171",
      "retweet_count": "26",
      "id_str": "1300000000002296510",
      "id": "1300000000002296510",
      "created_at": "Fri Mar 26 20:00:00 +0000 2021",
      "full_text": "petition to rename the full moon to big steve #astronomy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "424",
      "retweet_count": "29",
      "id_str": "1300000000002304429",
      "id": "1300000000002304429",
      "created_at": "Sat Mar 27 01:00:00 +0000 2021",
      "full_text": "looked up at the waxing gibbous moon for 9 minutes. respect.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "167",
      "retweet_count": "46",
      "id_str": "1300000000002312348",
      "id": "1300000000002312348",
      "created_at": "Sat Mar 27 07:00:00 +0000 2021",
      "full_text": "telescope log, night 25: three stars in a row. a new theory",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "39",
      "retweet_count": "46",
      "id_str": "1300000000002320267",
      "id": "1300000000002320267",
      "created_at": "Sat Mar 27 13:00:00 +0000 2021",
      "full_text": "good morning",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "2",
      "retweet_count": "39",
      "id_str": "1300000000002328186",
      "id": "1300000000002328186",
      "created_at": "Sun Mar 28 00:00:00 +0000 2021",
      "full_text": "if the moon was covered in dust it would explain a crater shaped like a spoon. we live in a society.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "61",
      "retweet_count": "39",
      "id_str": "1300000000002336105",
      "id": "1300000000002336105",
      "created_at": "Sun Mar 28 02:00:00 +0000 2021",
      "full_text": "RT @friend: my telescope showed me the lunar apennines and now i have feelings about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "155",
      "retweet_count": "9",
      "id_str": "1300000000002344024",
      "id": "1300000000002344024",
      "created_at": "Sun Mar 28 14:00:00 +0000 2021",
      "full_text": "fun fact: the moon is slowly drifting away. wild.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "443",
      "retweet_count": "37",
      "id_str": "1300000000002351943",
      "id": "1300000000002351943",
      "created_at": "Sun Mar 28 15:00:00 +0000 2021",
      "full_text": "if the moon was covered in dust it would explain a very fast cloud. i need a minute.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "3",
      "retweet_count": "4",
      "id_str": "1300000000002359862",
      "id": "1300000000002359862",
      "created_at": "Mon Mar 29 01:00:00 +0000 2021",
      "full_text": "my telescope showed me a satellite waving and now i have feelings about it https://example.com/lunar_larry/298",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "source": "<a href=\"https://example.com\" rel=\"nofollow\">Demo Client</a>",
      "favorite_count": "191",
      "retweet_count": "5",
      "id_str": "1300000000002367781",
      "id": "1300000000002367781",
      "created_at": "Mon Mar 29 09:00:00 +0000 2021",
      "full_text": "if the moon was covered in dust it would explain a crater shaped like a spoon. unbelievable. https://example.com/lunar_larry/299",
      "lang": "en"
    }
  }
]