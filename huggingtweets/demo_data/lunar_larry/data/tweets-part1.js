window.YTD.tweets.part1 = [
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001900560",
      "id": "1300000000001900560",
      "full_text": "petition to rename the waning moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Fri Mar 12 05:00:00 +0000 2021",
      "favorite_count": "323",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001908479",
      "id": "1300000000001908479",
      "full_text": "RT @birdnerd: my telescope showed me three stars in a row and now i have to lie down",
      "lang": "en",
      "created_at": "Fri Mar 12 12:00:00 +0000 2021",
      "favorite_count": "483",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001916398",
      "id": "1300000000001916398",
      "full_text": "@compost_queen if the moon was basically a big rock it would explain a crater shaped like a spoon. respect.",
      "lang": "en",
      "created_at": "Fri Mar 12 16:00:00 +0000 2021",
      "favorite_count": "128",
      "retweet_count": "34",
      "in_reply_to_status_id_str": "100000000529720422",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001924317",
      "id": "1300000000001924317",
      "full_text": "looked up at the full moon for 28 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Sat Mar 13 02:00:00 +0000 2021",
      "favorite_count": "220",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001932236",
      "id": "1300000000001932236",
      "full_text": "my telescope showed me a very fast cloud and now i have feelings about it",
      "lang": "en",
      "created_at": "Sat Mar 13 10:00:00 +0000 2021",
      "favorite_count": "208",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001940155",
      "id": "1300000000001940155",
      "full_text": "petition to rename the waning moon to big steve #astronomy https://example.com/lunar_larry/245",
      "lang": "en",
      "created_at": "Sat Mar 13 14:00:00 +0000 2021",
      "favorite_count": "179",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001948074",
      "id": "1300000000001948074",
      "full_text": "RT @compost_queen: looked up at the full moon for 23 minutes. respect.",
      "lang": "en",
      "created_at": "Sat Mar 13 18:00:00 +0000 2021",
      "favorite_count": "287",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001955993",
      "id": "1300000000001955993",
      "full_text": "looked up at the crescent moon for 29 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Sun Mar 14 02:00:00 +0000 2021",
      "favorite_count": "390",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001963912",
      "id": "1300000000001963912",
      "full_text": "looked up at the harvest moon for 2 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Sun Mar 14 12:00:00 +0000 2021",
      "favorite_count": "145",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001971831",
      "id": "1300000000001971831",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Sun Mar 14 16:00:00 +0000 2021",
      "favorite_count": "414",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001979750",
      "id": "1300000000001979750",
      "full_text": "fun fact: the moon is slowly drifting away. i need a minute.",
      "lang": "en",
      "created_at": "Sun Mar 14 23:00:00 +0000 2021",
      "favorite_count": "267",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001987669",
      "id": "1300000000001987669",
      "full_text": "fun fact: the moon is tidally locked. wild.",
      "lang": "en",
      "created_at": "Mon Mar 15 11:00:00 +0000 2021",
      "favorite_count": "470",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001995588",
      "id": "1300000000001995588",
      "full_text": "looked up at the waning moon for 23 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Mon Mar 15 15:00:00 +0000 2021",
      "favorite_count": "382",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002003507",
      "id": "1300000000002003507",
      "full_text": "wild. the waning moon really said not today",
      "lang": "en",
      "created_at": "Mon Mar 15 19:00:00 +0000 2021",
      "favorite_count": "395",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002011426",
      "id": "1300000000002011426",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Tue Mar 16 08:00:00 +0000 2021",
      "favorite_count": "361",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002019345",
      "id": "1300000000002019345",
      "full_text": "telescope log, night 29: a very fast cloud. a new theory https://example.com/lunar_larry/255",
      "lang": "en",
      "created_at": "Tue Mar 16 15:00:00 +0000 2021",
      "favorite_count": "448",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002027264",
      "id": "1300000000002027264",
      "full_text": "if the moon was tidally locked it would explain a satellite waving. unbelievable.",
      "lang": "en",
      "created_at": "Tue Mar 16 17:00:00 +0000 2021",
      "favorite_count": "295",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002035183",
      "id": "1300000000002035183",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Wed Mar 17 04:00:00 +0000 2021",
      "favorite_count": "194",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002043102",
      "id": "1300000000002043102",
      "full_text": "telescope log, night 36: a satellite waving. to lie down",
      "lang": "en",
      "created_at": "Wed Mar 17 11:00:00 +0000 2021",
      "favorite_count": "264",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002051021",
      "id": "1300000000002051021",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have no further questions https://example.com/lunar_larry/259",
      "lang": "en",
      "created_at": "Wed Mar 17 19:00:00 +0000 2021",
      "favorite_count": "391",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002058940",
      "id": "1300000000002058940",
      "full_text": "looked up at the full moon for 26 minutes. i need a minute. https://example.com/lunar_larry/260",
      "lang": "en",
      "created_at": "Thu Mar 18 00:00:00 +0000 2021",
      "favorite_count": "365",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002066859",
      "id": "1300000000002066859",
      "full_text": "@skywatcher i need a minute. the new moon really said i am the main character",
      "lang": "en",
      "created_at": "Thu Mar 18 05:00:00 +0000 2021",
      "favorite_count": "323",
      "retweet_count": "17",
      "in_reply_to_status_id_str": "100000000217541136",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002074778",
      "id": "1300000000002074778",
      "full_text": "RT @friend: looked up at the harvest moon for 39 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Thu Mar 18 14:00:00 +0000 2021",
      "favorite_count": "353",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002082697",
      "id": "1300000000002082697",
      "full_text": "lol",
      "lang": "en",
      "created_at": "Thu Mar 18 21:00:00 +0000 2021",
      "favorite_count": "475",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002090616",
      "id": "1300000000002090616",
      "full_text": "@friend my telescope showed me three stars in a row and now i have feelings about it",
      "lang": "en",
      "created_at": "Fri Mar 19 06:00:00 +0000 2021",
      "favorite_count": "438",
      "retweet_count": "20",
      "in_reply_to_status_id_str": "100000000112680613",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002098535",
      "id": "1300000000002098535",
      "full_text": "if the moon was basically a big rock it would explain a crater shaped like a spoon. i need a minute.",
      "lang": "en",
      "created_at": "Fri Mar 19 08:00:00 +0000 2021",
      "favorite_count": "331",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002106454",
      "id": "1300000000002106454",
      "full_text": "i need a minute. the waxing gibbous moon really said look at me",
      "lang": "en",
      "created_at": "Fri Mar 19 14:00:00 +0000 2021",
      "favorite_count": "398",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002114373",
      "id": "1300000000002114373",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Sat Mar 20 00:00:00 +0000 2021",
      "favorite_count": "408",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002122292",
      "id": "1300000000002122292",
      "full_text": "@birdnerd if the moon was basically a big rock it would explain a very fast cloud. we live in a society.",
      "lang": "en",
      "created_at": "Sat Mar 20 04:00:00 +0000 2021",
      "favorite_count": "254",
      "retweet_count": "23",
      "in_reply_to_status_id_str": "100000000449913404",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002130211",
      "id": "1300000000002130211",
      "full_text": "my telescope showed me three stars in a row and now i have feelings about it",
      "lang": "en",
      "created_at": "Sat Mar 20 17:00:00 +0000 2021",
      "favorite_count": "334",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002138130",
      "id": "1300000000002138130",
      "full_text": "RT @birdnerd: my telescope showed me a crater shaped like a spoon and now i have feelings about it",
      "lang": "en",
      "created_at": "Sat Mar 20 18:00:00 +0000 2021",
      "favorite_count": "465",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002146049",
      "id": "1300000000002146049",
      "full_text": "@compost_queen petition to rename the new moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Sun Mar 21 04:00:00 +0000 2021",
      "favorite_count": "188",
      "retweet_count": "5",
      "in_reply_to_status_id_str": "100000000783560391",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002153968",
      "id": "1300000000002153968",
      "full_text": "wild. the full moon really said goodnight everyone",
      "lang": "en",
      "created_at": "Sun Mar 21 11:00:00 +0000 2021",
      "favorite_count": "78",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002161887",
      "id": "1300000000002161887",
      "full_text": "unbelievable. the harvest moon really said look at me",
      "lang": "en",
      "created_at": "Sun Mar 21 19:00:00 +0000 2021",
      "favorite_count": "1",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002169806",
      "id": "1300000000002169806",
      "full_text": "telescope log, night 29: a satellite waving. no further questions",
      "lang": "en",
      "created_at": "Mon Mar 22 02:00:00 +0000 2021",
      "favorite_count": "208",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002177725",
      "id": "1300000000002177725",
      "full_text": "RT @friend: we live in a society. the waning moon really said i am the main character",
      "lang": "en",
      "created_at": "Mon Mar 22 08:00:00 +0000 2021",
      "favorite_count": "8",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002185644",
      "id": "1300000000002185644",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Mon Mar 22 13:00:00 +0000 2021",
      "favorite_count": "397",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002193563",
      "id": "1300000000002193563",
      "full_text": "i need a minute. the new moon really said goodnight everyone",
      "lang": "en",
      "created_at": "Mon Mar 22 21:00:00 +0000 2021",
      "favorite_count": "100",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002201482",
      "id": "1300000000002201482",
      "full_text": "fun fact: the moon is covered in dust. wild.",
      "lang": "en",
      "created_at": "Tue Mar 23 03:00:00 +0000 2021",
      "favorite_count": "358",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002209401",
      "id": "1300000000002209401",
      "full_text": "if the moon was covered in dust it would explain the lunar apennines. unbelievable.",
      "lang": "en",
      "created_at": "Tue Mar 23 15:00:00 +0000 2021",
      "favorite_count": "247",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002217320",
      "id": "1300000000002217320",
      "full_text": "unbelievable. the waning moon really said not today",
      "lang": "en",
      "created_at": "Tue Mar 23 22:00:00 +0000 2021",
      "favorite_count": "8",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002225239",
      "id": "1300000000002225239",
      "full_text": "petition to rename the waning moon to larry two #astronomy https://example.com/lunar_larry/281",
      "lang": "en",
      "created_at": "Wed Mar 24 00:00:00 +0000 2021",
      "favorite_count": "116",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002233158",
      "id": "1300000000002233158",
      "full_text": "looked up at the new moon for 29 minutes. wild.",
      "lang": "en",
      "created_at": "Wed Mar 24 08:00:00 +0000 2021",
      "favorite_count": "84",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002241077",
      "id": "1300000000002241077",
      "full_text": "RT @friend: telescope log, night 8: the lunar apennines. a new theory",
      "lang": "en",
      "created_at": "Wed Mar 24 19:00:00 +0000 2021",
      "favorite_count": "432",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002248996",
      "id": "1300000000002248996",
      "full_text": "petition to rename the full moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Wed Mar 24 22:00:00 +0000 2021",
      "favorite_count": "416",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002256915",
      "id": "1300000000002256915",
      "full_text": "petition to rename the harvest moon to sky cheese #astronomy https://example.com/lunar_larry/285",
      "lang": "en",
      "created_at": "Thu Mar 25 08:00:00 +0000 2021",
      "favorite_count": "425",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002264834",
      "id": "1300000000002264834",
      "full_text": "looked up at the new moon for 21 minutes. respect.",
      "lang": "en",
      "created_at": "Thu Mar 25 12:00:00 +0000 2021",
      "favorite_count": "229",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002272753",
      "id": "1300000000002272753",
      "full_text": "petition to rename the new moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Thu Mar 25 19:00:00 +0000 2021",
      "favorite_count": "139",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002280672",
      "id": "1300000000002280672",
      "full_text": "@compost_queen telescope log, night 21: the lunar apennines. several questions",
      "lang": "en",
      "created_at": "Fri Mar 26 01:00:00 +0000 2021",
      "favorite_count": "442",
      "retweet_count": "15",
      "in_reply_to_status_id_str": "100000000160969660",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002288591",
      "id": "1300000000002288591",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Fri Mar 26 07:00:00 +0000 2021",
      "favorite_count": "466",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002296510",
      "id": "1300000000002296510",
      "full_text": "petition to rename the full moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Fri Mar 26 20:00:00 +0000 2021",
      "favorite_count": "171",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002304429",
      "id": "1300000000002304429",
      "full_text": "looked up at the waxing gibbous moon for 9 minutes. respect.",
      "lang": "en",
      "created_at": "Sat Mar 27 01:00:00 +0000 2021",
      "favorite_count": "424",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002312348",
      "id": "1300000000002312348",
      "full_text": "telescope log, night 25: three stars in a row. a new theory",
      "lang": "en",
      "created_at": "Sat Mar 27 07:00:00 +0000 2021",
      "favorite_count": "167",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002320267",
      "id": "1300000000002320267",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Sat Mar 27 13:00:00 +0000 2021",
      "favorite_count": "39",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002328186",
      "id": "1300000000002328186",
      "full_text": "if the moon was covered in dust it would explain a crater shaped like a spoon. we live in a society.",
      "lang": "en",
      "created_at": "Sun Mar 28 00:00:00 +0000 2021",
      "favorite_count": "2",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002336105",
      "id": "1300000000002336105",
      "full_text": "RT @friend: my telescope showed me the lunar apennines and now i have feelings about it",
      "lang": "en",
      "created_at": "Sun Mar 28 02:00:00 +0000 2021",
      "favorite_count": "61",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002344024",
      "id": "1300000000002344024",
      "full_text": "fun fact: the moon is slowly drifting away. wild.",
      "lang": "en",
      "created_at": "Sun Mar 28 14:00:00 +0000 2021",
      "favorite_count": "155",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002351943",
      "id": "1300000000002351943",
      "full_text": "if the moon was covered in dust it would explain a very fast cloud. i need a minute.",
      "lang": "en",
      "created_at": "Sun Mar 28 15:00:00 +0000 2021",
      "favorite_count": "443",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002359862",
      "id": "1300000000002359862",
      "full_text": "my telescope showed me a satellite waving and now i have feelings about it https://example.com/lunar_larry/298",
      "lang": "en",
      "created_at": "Mon Mar 29 01:00:00 +0000 2021",
      "favorite_count": "3",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002367781",
      "id": "1300000000002367781",
      "full_text": "if the moon was covered in dust it would explain a crater shaped like a spoon. unbelievable. https://example.com/lunar_larry/299",
      "lang": "en",
      "created_at": "Mon Mar 29 09:00:00 +0000 2021",
      "favorite_count": "191",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002375700",
      "id": "1300000000002375700",
      "full_text": "telescope log, night 2: a satellite waving. no further questions",
      "lang": "en",
      "created_at": "Mon Mar 29 15:00:00 +0000 2021",
      "favorite_count": "225",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002383619",
      "id": "1300000000002383619",
      "full_text": "@birdnerd my telescope showed me a crater shaped like a spoon and now i have several questions",
      "lang": "en",
      "created_at": "Tue Mar 30 01:00:00 +0000 2021",
      "favorite_count": "105",
      "retweet_count": "26",
      "in_reply_to_status_id_str": "100000000064623940",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002391538",
      "id": "1300000000002391538",
      "full_text": "the moon is waxing gibbous tonight and i have a new theory",
      "lang": "en",
      "created_at": "Tue Mar 30 03:00:00 +0000 2021",
      "favorite_count": "112",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002399457",
      "id": "1300000000002399457",
      "full_text": "fun fact: the moon is older than cheese. i need a minute.",
      "lang": "en",
      "created_at": "Tue Mar 30 09:00:00 +0000 2021",
      "favorite_count": "227",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002407376",
      "id": "1300000000002407376",
      "full_text": "petition to rename the waning moon to larry two #astronomy https://example.com/lunar_larry/304",
      "lang": "en",
      "created_at": "Tue Mar 30 17:00:00 +0000 2021",
      "favorite_count": "111",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002415295",
      "id": "1300000000002415295",
      "full_text": "telescope log, night 7: a very fast cloud. feelings about it https://example.com/lunar_larry/305",
      "lang": "en",
      "created_at": "Tue Mar 30 23:00:00 +0000 2021",
      "favorite_count": "222",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002423214",
      "id": "1300000000002423214",
      "full_text": "looked up at the crescent moon for 19 minutes. unbelievable.",
      "lang": "en",
      "created_at": "Wed Mar 31 12:00:00 +0000 2021",
      "favorite_count": "129",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002431133",
      "id": "1300000000002431133",
      "full_text": "if the moon was covered in dust it would explain a crater shaped like a spoon. respect.",
      "lang": "en",
      "created_at": "Wed Mar 31 19:00:00 +0000 2021",
      "favorite_count": "377",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002439052",
      "id": "1300000000002439052",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Wed Mar 31 21:00:00 +0000 2021",
      "favorite_count": "223",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002446971",
      "id": "1300000000002446971",
      "full_text": "unbelievable. the full moon really said look at me",
      "lang": "en",
      "created_at": "Thu Apr 01 03:00:00 +0000 2021",
      "favorite_count": "63",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002454890",
      "id": "1300000000002454890",
      "full_text": "petition to rename the waning moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Thu Apr 01 15:00:00 +0000 2021",
      "favorite_count": "412",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002462809",
      "id": "1300000000002462809",
      "full_text": "unbelievable. the waning moon really said i am the main character https://example.com/lunar_larry/311",
      "lang": "en",
      "created_at": "Thu Apr 01 22:00:00 +0000 2021",
      "favorite_count": "61",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002470728",
      "id": "1300000000002470728",
      "full_text": "wild. the waxing gibbous moon really said not today",
      "lang": "en",
      "created_at": "Fri Apr 02 03:00:00 +0000 2021",
      "favorite_count": "249",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002478647",
      "id": "1300000000002478647",
      "full_text": "if the moon was tidally locked it would explain a very fast cloud. unbelievable.",
      "lang": "en",
      "created_at": "Fri Apr 02 12:00:00 +0000 2021",
      "favorite_count": "315",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002486566",
      "id": "1300000000002486566",
      "full_text": "RT @compost_queen: the moon is waning tonight and i have to lie down",
      "lang": "en",
      "created_at": "Fri Apr 02 18:00:00 +0000 2021",
      "favorite_count": "111",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002494485",
      "id": "1300000000002494485",
      "full_text": "telescope log, night 5: a very fast cloud. feelings about it",
      "lang": "en",
      "created_at": "Sat Apr 03 02:00:00 +0000 2021",
      "favorite_count": "486",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002502404",
      "id": "1300000000002502404",
      "full_text": "fun fact: the moon is slowly drifting away. unbelievable.",
      "lang": "en",
      "created_at": "Sat Apr 03 04:00:00 +0000 2021",
      "favorite_count": "68",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002510323",
      "id": "1300000000002510323",
      "full_text": "my telescope showed me the lunar apennines and now i have to lie down https://example.com/lunar_larry/317",
      "lang": "en",
      "created_at": "Sat Apr 03 15:00:00 +0000 2021",
      "favorite_count": "476",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002518242",
      "id": "1300000000002518242",
      "full_text": "fun fact: the moon is covered in dust. i need a minute.",
      "lang": "en",
      "created_at": "Sat Apr 03 18:00:00 +0000 2021",
      "favorite_count": "352",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002526161",
      "id": "1300000000002526161",
      "full_text": "fun fact: the moon is slowly drifting away. we live in a society.",
      "lang": "en",
      "created_at": "Sun Apr 04 07:00:00 +0000 2021",
      "favorite_count": "405",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002534080",
      "id": "1300000000002534080",
      "full_text": "unbelievable. the harvest moon really said look at me https://example.com/lunar_larry/320",
      "lang": "en",
      "created_at": "Sun Apr 04 12:00:00 +0000 2021",
      "favorite_count": "222",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002541999",
      "id": "1300000000002541999",
      "full_text": "if the moon was basically a big rock it would explain a very fast cloud. respect.",
      "lang": "en",
      "created_at": "Sun Apr 04 18:00:00 +0000 2021",
      "favorite_count": "282",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002549918",
      "id": "1300000000002549918",
      "full_text": "looked up at the new moon for 29 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Mon Apr 05 03:00:00 +0000 2021",
      "favorite_count": "145",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002557837",
      "id": "1300000000002557837",
      "full_text": "if the moon was basically a big rock it would explain the lunar apennines. respect.",
      "lang": "en",
      "created_at": "Mon Apr 05 05:00:00 +0000 2021",
      "favorite_count": "346",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002565756",
      "id": "1300000000002565756",
      "full_text": "my telescope showed me three stars in a row and now i have to lie down",
      "lang": "en",
      "created_at": "Mon Apr 05 16:00:00 +0000 2021",
      "favorite_count": "344",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002573675",
      "id": "1300000000002573675",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Tue Apr 06 00:00:00 +0000 2021",
      "favorite_count": "372",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002581594",
      "id": "1300000000002581594",
      "full_text": "if the moon was tidally locked it would explain three stars in a row. respect.",
      "lang": "en",
      "created_at": "Tue Apr 06 04:00:00 +0000 2021",
      "favorite_count": "140",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002589513",
      "id": "1300000000002589513",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Tue Apr 06 12:00:00 +0000 2021",
      "favorite_count": "89",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002597432",
      "id": "1300000000002597432",
      "full_text": "the moon is new tonight and i have a new theory",
      "lang": "en",
      "created_at": "Tue Apr 06 20:00:00 +0000 2021",
      "favorite_count": "390",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002605351",
      "id": "1300000000002605351",
      "full_text": "looked up at the harvest moon for 5 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Wed Apr 07 04:00:00 +0000 2021",
      "favorite_count": "159",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002613270",
      "id": "1300000000002613270",
      "full_text": "petition to rename the new moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Wed Apr 07 10:00:00 +0000 2021",
      "favorite_count": "473",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002621189",
      "id": "1300000000002621189",
      "full_text": "fun fact: the moon is older than cheese. wild.",
      "lang": "en",
      "created_at": "Wed Apr 07 14:00:00 +0000 2021",
      "favorite_count": "420",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002629108",
      "id": "1300000000002629108",
      "full_text": "@skywatcher petition to rename the waxing gibbous moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Thu Apr 08 02:00:00 +0000 2021",
      "favorite_count": "375",
      "retweet_count": "31",
      "in_reply_to_status_id_str": "100000000220331653",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002637027",
      "id": "1300000000002637027",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Thu Apr 08 06:00:00 +0000 2021",
      "favorite_count": "354",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002644946",
      "id": "1300000000002644946",
      "full_text": "looked up at the harvest moon for 30 minutes. unbelievable.",
      "lang": "en",
      "created_at": "Thu Apr 08 15:00:00 +0000 2021",
      "favorite_count": "308",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002652865",
      "id": "1300000000002652865",
      "full_text": "petition to rename the waxing gibbous moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Thu Apr 08 22:00:00 +0000 2021",
      "favorite_count": "304",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002660784",
      "id": "1300000000002660784",
      "full_text": "my telescope showed me the lunar apennines and now i have several questions https://example.com/lunar_larry/336",
      "lang": "en",
      "created_at": "Fri Apr 09 01:00:00 +0000 2021",
      "favorite_count": "155",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002668703",
      "id": "1300000000002668703",
      "full_text": "my telescope showed me three stars in a row and now i have to lie down",
      "lang": "en",
      "created_at": "Fri Apr 09 10:00:00 +0000 2021",
      "favorite_count": "322",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002676622",
      "id": "1300000000002676622",
      "full_text": "petition to rename the harvest moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Fri Apr 09 16:00:00 +0000 2021",
      "favorite_count": "85",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002684541",
      "id": "1300000000002684541",
      "full_text": "we live in a society. the new moon really said goodnight everyone",
      "lang": "en",
      "created_at": "Fri Apr 09 22:00:00 +0000 2021",
      "favorite_count": "227",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002692460",
      "id": "1300000000002692460",
      "full_text": "the moon is full tonight and i have a new theory",
      "lang": "en",
      "created_at": "Sat Apr 10 10:00:00 +0000 2021",
      "favorite_count": "105",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002700379",
      "id": "1300000000002700379",
      "full_text": "telescope log, night 11: a very fast cloud. feelings about it",
      "lang": "en",
      "created_at": "Sat Apr 10 17:00:00 +0000 2021",
      "favorite_count": "348",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002708298",
      "id": "1300000000002708298",
      "full_text": "@friend looked up at the new moon for 17 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Sun Apr 11 00:00:00 +0000 2021",
      "favorite_count": "451",
      "retweet_count": "43",
      "in_reply_to_status_id_str": "100000000513567690",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002716217",
      "id": "1300000000002716217",
      "full_text": "petition to rename the new moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Sun Apr 11 01:00:00 +0000 2021",
      "favorite_count": "24",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002724136",
      "id": "1300000000002724136",
      "full_text": "fun fact: the moon is basically a big rock. wild.",
      "lang": "en",
      "created_at": "Sun Apr 11 14:00:00 +0000 2021",
      "favorite_count": "80",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002732055",
      "id": "1300000000002732055",
      "full_text": "wild. the waning moon really said goodnight everyone",
      "lang": "en",
      "created_at": "Sun Apr 11 15:00:00 +0000 2021",
      "favorite_count": "374",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002739974",
      "id": "1300000000002739974",
      "full_text": "fun fact: the moon is slowly drifting away. wild.",
      "lang": "en",
      "created_at": "Mon Apr 12 00:00:00 +0000 2021",
      "favorite_count": "138",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002747893",
      "id": "1300000000002747893",
      "full_text": "i need a minute. the waxing gibbous moon really said i am the main character",
      "lang": "en",
      "created_at": "Mon Apr 12 08:00:00 +0000 2021",
      "favorite_count": "174",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002755812",
      "id": "1300000000002755812",
      "full_text": "fun fact: the moon is basically a big rock. we live in a society.",
      "lang": "en",
      "created_at": "Mon Apr 12 18:00:00 +0000 2021",
      "favorite_count": "215",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002763731",
      "id": "1300000000002763731",
      "full_text": "we live in a society. the waxing gibbous moon really said i am the main character",
      "lang": "en",
      "created_at": "Mon Apr 12 20:00:00 +0000 2021",
      "favorite_count": "352",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002771650",
      "id": "1300000000002771650",
      "full_text": "the moon is harvest tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Tue Apr 13 06:00:00 +0000 2021",
      "favorite_count": "391",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002779569",
      "id": "1300000000002779569",
      "full_text": "if the moon was slowly drifting away it would explain a very fast cloud. unbelievable.",
      "lang": "en",
      "created_at": "Tue Apr 13 12:00:00 +0000 2021",
      "favorite_count": "166",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002787488",
      "id": "1300000000002787488",
      "full_text": "petition to rename the harvest moon to sky cheese #astronomy https://example.com/lunar_larry/352",
      "lang": "en",
      "created_at": "Tue Apr 13 21:00:00 +0000 2021",
      "favorite_count": "206",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002795407",
      "id": "1300000000002795407",
      "full_text": "looked up at the new moon for 7 minutes. wild.",
      "lang": "en",
      "created_at": "Wed Apr 14 02:00:00 +0000 2021",
      "favorite_count": "254",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002803326",
      "id": "1300000000002803326",
      "full_text": "@compost_queen my telescope showed me the lunar apennines and now i have a new theory",
      "lang": "en",
      "created_at": "Wed Apr 14 09:00:00 +0000 2021",
      "favorite_count": "480",
      "retweet_count": "15",
      "in_reply_to_status_id_str": "100000000169373035",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002811245",
      "id": "1300000000002811245",
      "full_text": "@skywatcher telescope log, night 21: a crater shaped like a spoon. feelings about it",
      "lang": "en",
      "created_at": "Wed Apr 14 18:00:00 +0000 2021",
      "favorite_count": "94",
      "retweet_count": "16",
      "in_reply_to_status_id_str": "100000000086304901",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002819164",
      "id": "1300000000002819164",
      "full_text": "petition to rename the waning moon to big steve #astronomy https://example.com/lunar_larry/356",
      "lang": "en",
      "created_at": "Wed Apr 14 21:00:00 +0000 2021",
      "favorite_count": "476",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002827083",
      "id": "1300000000002827083",
      "full_text": "my telescope showed me a very fast cloud and now i have no further questions",
      "lang": "en",
      "created_at": "Thu Apr 15 06:00:00 +0000 2021",
      "favorite_count": "171",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002835002",
      "id": "1300000000002835002",
      "full_text": "my telescope showed me a very fast cloud and now i have no further questions https://example.com/lunar_larry/358",
      "lang": "en",
      "created_at": "Thu Apr 15 14:00:00 +0000 2021",
      "favorite_count": "253",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002842921",
      "id": "1300000000002842921",
      "full_text": "if the moon was slowly drifting away it would explain a crater shaped like a spoon. respect. https://example.com/lunar_larry/359",
      "lang": "en",
      "created_at": "Thu Apr 15 18:00:00 +0000 2021",
      "favorite_count": "309",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002850840",
      "id": "1300000000002850840",
      "full_text": "@newsbot fun fact: the moon is tidally locked. we live in a society.",
      "lang": "en",
      "created_at": "Fri Apr 16 06:00:00 +0000 2021",
      "favorite_count": "399",
      "retweet_count": "43",
      "in_reply_to_status_id_str": "100000000323589025",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002858759",
      "id": "1300000000002858759",
      "full_text": "respect. the waxing gibbous moon really said i am the main character",
      "lang": "en",
      "created_at": "Fri Apr 16 07:00:00 +0000 2021",
      "favorite_count": "142",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002866678",
      "id": "1300000000002866678",
      "full_text": "if the moon was tidally locked it would explain the lunar apennines. wild.",
      "lang": "en",
      "created_at": "Fri Apr 16 16:00:00 +0000 2021",
      "favorite_count": "473",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002874597",
      "id": "1300000000002874597",
      "full_text": "fun fact: the moon is basically a big rock. wild.",
      "lang": "en",
      "created_at": "Fri Apr 16 22:00:00 +0000 2021",
      "favorite_count": "354",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002882516",
      "id": "1300000000002882516",
      "full_text": "wild. the waning moon really said look at me https://example.com/lunar_larry/364",
      "lang": "en",
      "created_at": "Sat Apr 17 05:00:00 +0000 2021",
      "favorite_count": "20",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002890435",
      "id": "1300000000002890435",
      "full_text": "the moon is new tonight and i have to lie down",
      "lang": "en",
      "created_at": "Sat Apr 17 14:00:00 +0000 2021",
      "favorite_count": "124",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002898354",
      "id": "1300000000002898354",
      "full_text": "my telescope showed me a very fast cloud and now i have several questions",
      "lang": "en",
      "created_at": "Sat Apr 17 21:00:00 +0000 2021",
      "favorite_count": "395",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002906273",
      "id": "1300000000002906273",
      "full_text": "the moon is waxing gibbous tonight and i have a new theory",
      "lang": "en",
      "created_at": "Sun Apr 18 05:00:00 +0000 2021",
      "favorite_count": "462",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002914192",
      "id": "1300000000002914192",
      "full_text": "looked up at the waning moon for 25 minutes. unbelievable.",
      "lang": "en",
      "created_at": "Sun Apr 18 12:00:00 +0000 2021",
      "favorite_count": "421",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002922111",
      "id": "1300000000002922111",
      "full_text": "telescope log, night 5: a crater shaped like a spoon. a new theory",
      "lang": "en",
      "created_at": "Sun Apr 18 21:00:00 +0000 2021",
      "favorite_count": "447",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002930030",
      "id": "1300000000002930030",
      "full_text": "petition to rename the harvest moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Mon Apr 19 04:00:00 +0000 2021",
      "favorite_count": "297",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002937949",
      "id": "1300000000002937949",
      "full_text": "ok",
      "lang": "en",
      "created_at": "Mon Apr 19 07:00:00 +0000 2021",
      "favorite_count": "79",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002945868",
      "id": "1300000000002945868",
      "full_text": "@friend looked up at the waning moon for 12 minutes. wild. https://example.com/lunar_larry/372",
      "lang": "en",
      "created_at": "Mon Apr 19 14:00:00 +0000 2021",
      "favorite_count": "282",
      "retweet_count": "15",
      "in_reply_to_status_id_str": "100000000177031568",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002953787",
      "id": "1300000000002953787",
      "full_text": "wild. the waxing gibbous moon really said goodnight everyone",
      "lang": "en",
      "created_at": "Mon Apr 19 23:00:00 +0000 2021",
      "favorite_count": "364",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002961706",
      "id": "1300000000002961706",
      "full_text": "i need a minute. the new moon really said i am the main character",
      "lang": "en",
      "created_at": "Tue Apr 20 05:00:00 +0000 2021",
      "favorite_count": "155",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002969625",
      "id": "1300000000002969625",
      "full_text": "@skywatcher wild. the full moon really said look at me",
      "lang": "en",
      "created_at": "Tue Apr 20 09:00:00 +0000 2021",
      "favorite_count": "253",
      "retweet_count": "11",
      "in_reply_to_status_id_str": "100000000428417355",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002977544",
      "id": "1300000000002977544",
      "full_text": "if the moon was covered in dust it would explain a crater shaped like a spoon. wild.",
      "lang": "en",
      "created_at": "Tue Apr 20 18:00:00 +0000 2021",
      "favorite_count": "154",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002985463",
      "id": "1300000000002985463",
      "full_text": "RT @newsbot: looked up at the waxing gibbous moon for 12 minutes. wild.",
      "lang": "en",
      "created_at": "Wed Apr 21 02:00:00 +0000 2021",
      "favorite_count": "150",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002993382",
      "id": "1300000000002993382",
      "full_text": "petition to rename the waning moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Wed Apr 21 11:00:00 +0000 2021",
      "favorite_count": "162",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003001301",
      "id": "1300000000003001301",
      "full_text": "wild. the new moon really said look at me",
      "lang": "en",
      "created_at": "Wed Apr 21 13:00:00 +0000 2021",
      "favorite_count": "233",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003009220",
      "id": "1300000000003009220",
      "full_text": "petition to rename the waxing gibbous moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Thu Apr 22 02:00:00 +0000 2021",
      "favorite_count": "217",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003017139",
      "id": "1300000000003017139",
      "full_text": "fun fact: the moon is older than cheese. wild. https://example.com/lunar_larry/381",
      "lang": "en",
      "created_at": "Thu Apr 22 07:00:00 +0000 2021",
      "favorite_count": "190",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003025058",
      "id": "1300000000003025058",
      "full_text": "telescope log, night 2: a crater shaped like a spoon. feelings about it",
      "lang": "en",
      "created_at": "Thu Apr 22 14:00:00 +0000 2021",
      "favorite_count": "73",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003032977",
      "id": "1300000000003032977",
      "full_text": "if the moon was older than cheese it would explain a very fast cloud. respect.",
      "lang": "en",
      "created_at": "Thu Apr 22 18:00:00 +0000 2021",
      "favorite_count": "333",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003040896",
      "id": "1300000000003040896",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Fri Apr 23 01:00:00 +0000 2021",
      "favorite_count": "274",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003048815",
      "id": "1300000000003048815",
      "full_text": "@birdnerd looked up at the crescent moon for 5 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Fri Apr 23 13:00:00 +0000 2021",
      "favorite_count": "309",
      "retweet_count": "40",
      "in_reply_to_status_id_str": "100000000433129714",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003056734",
      "id": "1300000000003056734",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Fri Apr 23 15:00:00 +0000 2021",
      "favorite_count": "452",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003064653",
      "id": "1300000000003064653",
      "full_text": "fun fact: the moon is tidally locked. i need a minute.",
      "lang": "en",
      "created_at": "Fri Apr 23 23:00:00 +0000 2021",
      "favorite_count": "145",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003072572",
      "id": "1300000000003072572",
      "full_text": "if the moon was tidally locked it would explain the lunar apennines. respect.",
      "lang": "en",
      "created_at": "Sat Apr 24 08:00:00 +0000 2021",
      "favorite_count": "341",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003080491",
      "id": "1300000000003080491",
      "full_text": "telescope log, night 38: three stars in a row. to lie down",
      "lang": "en",
      "created_at": "Sat Apr 24 13:00:00 +0000 2021",
      "favorite_count": "126",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003088410",
      "id": "1300000000003088410",
      "full_text": "if the moon was tidally locked it would explain the lunar apennines. wild.",
      "lang": "en",
      "created_at": "Sat Apr 24 22:00:00 +0000 2021",
      "favorite_count": "107",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003096329",
      "id": "1300000000003096329",
      "full_text": "petition to rename the crescent moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Sun Apr 25 02:00:00 +0000 2021",
      "favorite_count": "18",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003104248",
      "id": "1300000000003104248",
      "full_text": "unbelievable. the full moon really said not today",
      "lang": "en",
      "created_at": "Sun Apr 25 14:00:00 +0000 2021",
      "favorite_count": "302",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003112167",
      "id": "1300000000003112167",
      "full_text": "if the moon was covered in dust it would explain a satellite waving. wild. https://example.com/lunar_larry/393",
      "lang": "en",
      "created_at": "Sun Apr 25 15:00:00 +0000 2021",
      "favorite_count": "422",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003120086",
      "id": "1300000000003120086",
      "full_text": "petition to rename the new moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Mon Apr 26 00:00:00 +0000 2021",
      "favorite_count": "42",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003128005",
      "id": "1300000000003128005",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have a new theory",
      "lang": "en",
      "created_at": "Mon Apr 26 06:00:00 +0000 2021",
      "favorite_count": "325",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003135924",
      "id": "1300000000003135924",
      "full_text": "lol",
      "lang": "en",
      "created_at": "Mon Apr 26 13:00:00 +0000 2021",
      "favorite_count": "146",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003143843",
      "id": "1300000000003143843",
      "full_text": "looked up at the waxing gibbous moon for 17 minutes. unbelievable.",
      "lang": "en",
      "created_at": "Mon Apr 26 19:00:00 +0000 2021",
      "favorite_count": "375",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003151762",
      "id": "1300000000003151762",
      "full_text": "@skywatcher telescope log, night 36: a very fast cloud. to lie down",
      "lang": "en",
      "created_at": "Tue Apr 27 06:00:00 +0000 2021",
      "favorite_count": "228",
      "retweet_count": "49",
      "in_reply_to_status_id_str": "100000000883927691",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003159681",
      "id": "1300000000003159681",
      "full_text": "fun fact: the moon is older than cheese. i need a minute.",
      "lang": "en",
      "created_at": "Tue Apr 27 15:00:00 +0000 2021",
      "favorite_count": "404",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003167600",
      "id": "1300000000003167600",
      "full_text": "we live in a society. the waning moon really said not today",
      "lang": "en",
      "created_at": "Tue Apr 27 17:00:00 +0000 2021",
      "favorite_count": "1",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003175519",
      "id": "1300000000003175519",
      "full_text": "looked up at the crescent moon for 24 minutes. respect.",
      "lang": "en",
      "created_at": "Wed Apr 28 00:00:00 +0000 2021",
      "favorite_count": "120",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003183438",
      "id": "1300000000003183438",
      "full_text": "petition to rename the waning moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Wed Apr 28 09:00:00 +0000 2021",
      "favorite_count": "177",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003191357",
      "id": "1300000000003191357",
      "full_text": "looked up at the waxing gibbous moon for 36 minutes. unbelievable.",
      "lang": "en",
      "created_at": "Wed Apr 28 14:00:00 +0000 2021",
      "favorite_count": "55",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003199276",
      "id": "1300000000003199276",
      "full_text": "petition to rename the harvest moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Wed Apr 28 22:00:00 +0000 2021",
      "favorite_count": "67",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003207195",
      "id": "1300000000003207195",
      "full_text": "telescope log, night 20: a very fast cloud. a new theory",
      "lang": "en",
      "created_at": "Thu Apr 29 06:00:00 +0000 2021",
      "favorite_count": "158",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003215114",
      "id": "1300000000003215114",
      "full_text": "petition to rename the full moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Thu Apr 29 12:00:00 +0000 2021",
      "favorite_count": "314",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003223033",
      "id": "1300000000003223033",
      "full_text": "if the moon was older than cheese it would explain the lunar apennines. respect. https://example.com/lunar_larry/407",
      "lang": "en",
      "created_at": "Thu Apr 29 18:00:00 +0000 2021",
      "favorite_count": "428",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003230952",
      "id": "1300000000003230952",
      "full_text": "petition to rename the new moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Fri Apr 30 06:00:00 +0000 2021",
      "favorite_count": "121",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003238871",
      "id": "1300000000003238871",
      "full_text": "we live in a society. the harvest moon really said not today",
      "lang": "en",
      "created_at": "Fri Apr 30 09:00:00 +0000 2021",
      "favorite_count": "82",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003246790",
      "id": "1300000000003246790",
      "full_text": "respect. the full moon really said i am the main character",
      "lang": "en",
      "created_at": "Fri Apr 30 15:00:00 +0000 2021",
      "favorite_count": "26",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003254709",
      "id": "1300000000003254709",
      "full_text": "looked up at the waning moon for 36 minutes. wild.",
      "lang": "en",
      "created_at": "Sat May 01 01:00:00 +0000 2021",
      "favorite_count": "324",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003262628",
      "id": "1300000000003262628",
      "full_text": "telescope log, night 23: a crater shaped like a spoon. no further questions https://example.com/lunar_larry/412",
      "lang": "en",
      "created_at": "Sat May 01 04:00:00 +0000 2021",
      "favorite_count": "263",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003270547",
      "id": "1300000000003270547",
      "full_text": "looked up at the waxing gibbous moon for 14 minutes. wild.",
      "lang": "en",
      "created_at": "Sat May 01 15:00:00 +0000 2021",
      "favorite_count": "370",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003278466",
      "id": "1300000000003278466",
      "full_text": "i need a minute. the full moon really said look at me",
      "lang": "en",
      "created_at": "Sat May 01 19:00:00 +0000 2021",
      "favorite_count": "489",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003286385",
      "id": "1300000000003286385",
      "full_text": "RT @compost_queen: if the moon was basically a big rock it would explain a crater shaped like a spoon. unbelievable.",
      "lang": "en",
      "created_at": "Sun May 02 01:00:00 +0000 2021",
      "favorite_count": "197",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003294304",
      "id": "1300000000003294304",
      "full_text": "if the moon was basically a big rock it would explain three stars in a row. respect.",
      "lang": "en",
      "created_at": "Sun May 02 14:00:00 +0000 2021",
      "favorite_count": "325",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003302223",
      "id": "1300000000003302223",
      "full_text": "the moon is waxing gibbous tonight and i have several questions",
      "lang": "en",
      "created_at": "Sun May 02 15:00:00 +0000 2021",
      "favorite_count": "120",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003310142",
      "id": "1300000000003310142",
      "full_text": "petition to rename the full moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Sun May 02 23:00:00 +0000 2021",
      "favorite_count": "300",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003318061",
      "id": "1300000000003318061",
      "full_text": "fun fact: the moon is older than cheese. we live in a society.",
      "lang": "en",
      "created_at": "Mon May 03 06:00:00 +0000 2021",
      "favorite_count": "164",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003325980",
      "id": "1300000000003325980",
      "full_text": "RT @friend: my telescope showed me the lunar apennines and now i have no further questions",
      "lang": "en",
      "created_at": "Mon May 03 14:00:00 +0000 2021",
      "favorite_count": "44",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003333899",
      "id": "1300000000003333899",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Mon May 03 20:00:00 +0000 2021",
      "favorite_count": "329",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003341818",
      "id": "1300000000003341818",
      "full_text": "we live in a society. the full moon really said i am the main character https://example.com/lunar_larry/422",
      "lang": "en",
      "created_at": "Tue May 04 02:00:00 +0000 2021",
      "favorite_count": "350",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003349737",
      "id": "1300000000003349737",
      "full_text": "the moon is full tonight and i have no further questions",
      "lang": "en",
      "created_at": "Tue May 04 11:00:00 +0000 2021",
      "favorite_count": "455",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003357656",
      "id": "1300000000003357656",
      "full_text": "looked up at the harvest moon for 20 minutes. unbelievable.",
      "lang": "en",
      "created_at": "Tue May 04 18:00:00 +0000 2021",
      "favorite_count": "335",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003365575",
      "id": "1300000000003365575",
      "full_text": "@newsbot wild. the waxing gibbous moon really said not today https://example.com/lunar_larry/425",
      "lang": "en",
      "created_at": "Wed May 05 03:00:00 +0000 2021",
      "favorite_count": "139",
      "retweet_count": "10",
      "in_reply_to_status_id_str": "100000000361626115",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003373494",
      "id": "1300000000003373494",
      "full_text": "telescope log, night 8: the lunar apennines. a new theory",
      "lang": "en",
      "created_at": "Wed May 05 06:00:00 +0000 2021",
      "favorite_count": "377",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003381413",
      "id": "1300000000003381413",
      "full_text": "petition to rename the waxing gibbous moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Wed May 05 19:00:00 +0000 2021",
      "favorite_count": "304",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003389332",
      "id": "1300000000003389332",
      "full_text": "unbelievable. the full moon really said goodnight everyone",
      "lang": "en",
      "created_at": "Wed May 05 21:00:00 +0000 2021",
      "favorite_count": "24",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003397251",
      "id": "1300000000003397251",
      "full_text": "telescope log, night 2: the lunar apennines. several questions",
      "lang": "en",
      "created_at": "Thu May 06 09:00:00 +0000 2021",
      "favorite_count": "317",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003405170",
      "id": "1300000000003405170",
      "full_text": "@skywatcher i need a minute. the waxing gibbous moon really said not today",
      "lang": "en",
      "created_at": "Thu May 06 13:00:00 +0000 2021",
      "favorite_count": "309",
      "retweet_count": "30",
      "in_reply_to_status_id_str": "100000000230671590",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003413089",
      "id": "1300000000003413089",
      "full_text": "if the moon was slowly drifting away it would explain a very fast cloud. we live in a society.",
      "lang": "en",
      "created_at": "Thu May 06 19:00:00 +0000 2021",
      "favorite_count": "447",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003421008",
      "id": "1300000000003421008",
      "full_text": "my telescope showed me three stars in a row and now i have feelings about it",
      "lang": "en",
      "created_at": "Fri May 07 03:00:00 +0000 2021",
      "favorite_count": "433",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003428927",
      "id": "1300000000003428927",
      "full_text": "my telescope showed me the lunar apennines and now i have feelings about it",
      "lang": "en",
      "created_at": "Fri May 07 10:00:00 +0000 2021",
      "favorite_count": "38",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003436846",
      "id": "1300000000003436846",
      "full_text": "if the moon was tidally locked it would explain a crater shaped like a spoon. wild.",
      "lang": "en",
      "created_at": "Fri May 07 14:00:00 +0000 2021",
      "favorite_count": "430",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003444765",
      "id": "1300000000003444765",
      "full_text": "my telescope showed me a very fast cloud and now i have no further questions",
      "lang": "en",
      "created_at": "Sat May 08 00:00:00 +0000 2021",
      "favorite_count": "407",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003452684",
      "id": "1300000000003452684",
      "full_text": "telescope log, night 14: a crater shaped like a spoon. several questions",
      "lang": "en",
      "created_at": "Sat May 08 06:00:00 +0000 2021",
      "favorite_count": "449",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003460603",
      "id": "1300000000003460603",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en",
      "created_at": "Sat May 08 15:00:00 +0000 2021",
      "favorite_count": "86",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003468522",
      "id": "1300000000003468522",
      "full_text": "unbelievable. the harvest moon really said not today https://example.com/lunar_larry/438",
      "lang": "en",
      "created_at": "Sat May 08 19:00:00 +0000 2021",
      "favorite_count": "297",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003476441",
      "id": "1300000000003476441",
      "full_text": "looked up at the full moon for 12 minutes. respect.",
      "lang": "en",
      "created_at": "Sun May 09 03:00:00 +0000 2021",
      "favorite_count": "228",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003484360",
      "id": "1300000000003484360",
      "full_text": "my telescope showed me a very fast cloud and now i have a new theory",
      "lang": "en",
      "created_at": "Sun May 09 08:00:00 +0000 2021",
      "favorite_count": "234",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003492279",
      "id": "1300000000003492279",
      "full_text": "the moon is new tonight and i have several questions",
      "lang": "en",
      "created_at": "Sun May 09 17:00:00 +0000 2021",
      "favorite_count": "372",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003500198",
      "id": "1300000000003500198",
      "full_text": "telescope log, night 20: a very fast cloud. no further questions",
      "lang": "en",
      "created_at": "Sun May 09 22:00:00 +0000 2021",
      "favorite_count": "302",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003508117",
      "id": "1300000000003508117",
      "full_text": "RT @birdnerd: if the moon was tidally locked it would explain a very fast cloud. i need a minute.",
      "lang": "en",
      "created_at": "Mon May 10 09:00:00 +0000 2021",
      "favorite_count": "358",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003516036",
      "id": "1300000000003516036",
      "full_text": "@compost_queen fun fact: the moon is tidally locked.\n\ni need a minute.",
      "lang": "en",
      "created_at": "Mon May 10 16:00:00 +0000 2021",
      "favorite_count": "257",
      "retweet_count": "2",
      "in_reply_to_status_id_str": "100000000732417143",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003523955",
      "id": "1300000000003523955",
      "full_text": "RT @birdnerd: respect. the harvest moon really said not today",
      "lang": "en",
      "created_at": "Mon May 10 22:00:00 +0000 2021",
      "favorite_count": "232",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003531874",
      "id": "1300000000003531874",
      "full_text": "telescope log, night 13: a satellite waving. feelings about it",
      "lang": "en",
      "created_at": "Tue May 11 07:00:00 +0000 2021",
      "favorite_count": "254",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003539793",
      "id": "1300000000003539793",
      "full_text": "the moon is new tonight and i have no further questions",
      "lang": "en",
      "created_at": "Tue May 11 13:00:00 +0000 2021",
      "favorite_count": "50",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003547712",
      "id": "1300000000003547712",
      "full_text": "fun fact: the moon is tidally locked. respect.",
      "lang": "en",
      "created_at": "Tue May 11 19:00:00 +0000 2021",
      "favorite_count": "40",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003555631",
      "id": "1300000000003555631",
      "full_text": "looked up at the crescent moon for 26 minutes.\n\nwild.",
      "lang": "en",
      "created_at": "Wed May 12 00:00:00 +0000 2021",
      "favorite_count": "66",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003563550",
      "id": "1300000000003563550",
      "full_text": "RT @skywatcher: telescope log, night 29: a satellite waving. feelings about it",
      "lang": "en",
      "created_at": "Wed May 12 10:00:00 +0000 2021",
      "favorite_count": "291",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003571469",
      "id": "1300000000003571469",
      "full_text": "@skywatcher the moon is waxing gibbous tonight and i have no further questions",
      "lang": "en",
      "created_at": "Wed May 12 16:00:00 +0000 2021",
      "favorite_count": "29",
      "retweet_count": "3",
      "in_reply_to_status_id_str": "100000000348754218",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003579388",
      "id": "1300000000003579388",
      "full_text": "looked up at the waxing gibbous moon for 2 minutes. respect.",
      "lang": "en",
      "created_at": "Wed May 12 22:00:00 +0000 2021",
      "favorite_count": "73",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003587307",
      "id": "1300000000003587307",
      "full_text": "petition to rename the new moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Thu May 13 09:00:00 +0000 2021",
      "favorite_count": "482",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003595226",
      "id": "1300000000003595226",
      "full_text": "petition to rename the new moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Thu May 13 13:00:00 +0000 2021",
      "favorite_count": "18",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003603145",
      "id": "1300000000003603145",
      "full_text": "@newsbot fun fact: the moon is covered in dust. unbelievable.",
      "lang": "en",
      "created_at": "Thu May 13 22:00:00 +0000 2021",
      "favorite_count": "262",
      "retweet_count": "7",
      "in_reply_to_status_id_str": "100000000523346275",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003611064",
      "id": "1300000000003611064",
      "full_text": "petition to rename the crescent moon to larry two #astronomy https://example.com/lunar_larry/456",
      "lang": "en",
      "created_at": "Fri May 14 04:00:00 +0000 2021",
      "favorite_count": "407",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003618983",
      "id": "1300000000003618983",
      "full_text": "if the moon was slowly drifting away it would explain three stars in a row. wild.",
      "lang": "en",
      "created_at": "Fri May 14 11:00:00 +0000 2021",
      "favorite_count": "245",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003626902",
      "id": "1300000000003626902",
      "full_text": "the moon is waxing gibbous tonight and i have a new theory",
      "lang": "en",
      "created_at": "Fri May 14 19:00:00 +0000 2021",
      "favorite_count": "203",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003634821",
      "id": "1300000000003634821",
      "full_text": "fun fact: the moon is covered in dust. wild.",
      "lang": "en",
      "created_at": "Sat May 15 03:00:00 +0000 2021",
      "favorite_count": "459",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003642740",
      "id": "1300000000003642740",
      "full_text": "fun fact: the moon is older than cheese. wild.",
      "lang": "en",
      "created_at": "Sat May 15 06:00:00 +0000 2021",
      "favorite_count": "474",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003650659",
      "id": "1300000000003650659",
      "full_text": "petition to rename the waning moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Sat May 15 13:00:00 +0000 2021",
      "favorite_count": "259",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003658578",
      "id": "1300000000003658578",
      "full_text": "looked up at the full moon for 13 minutes. respect. https://example.com/lunar_larry/462",
      "lang": "en",
      "created_at": "Sat May 15 20:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003666497",
      "id": "1300000000003666497",
      "full_text": "if the moon was slowly drifting away it would explain a satellite waving. unbelievable.",
      "lang": "en",
      "created_at": "Sun May 16 07:00:00 +0000 2021",
      "favorite_count": "281",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003674416",
      "id": "1300000000003674416",
      "full_text": "telescope log, night 38: three stars in a row.\n\nto lie down",
      "lang": "en",
      "created_at": "Sun May 16 12:00:00 +0000 2021",
      "favorite_count": "481",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003682335",
      "id": "1300000000003682335",
      "full_text": "fun fact: the moon is older than cheese. i need a minute.",
      "lang": "en",
      "created_at": "Sun May 16 20:00:00 +0000 2021",
      "favorite_count": "442",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003690254",
      "id": "1300000000003690254",
      "full_text": "i need a minute. the new moon really said i am the main character",
      "lang": "en",
      "created_at": "Sun May 16 23:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003698173",
      "id": "1300000000003698173",
      "full_text": "@compost_queen the moon is full tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Mon May 17 11:00:00 +0000 2021",
      "favorite_count": "47",
      "retweet_count": "39",
      "in_reply_to_status_id_str": "100000000724872862",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003706092",
      "id": "1300000000003706092",
      "full_text": "if the moon was slowly drifting away it would explain the lunar apennines. i need a minute. https://example.com/lunar_larry/468",
      "lang": "en",
      "created_at": "Mon May 17 16:00:00 +0000 2021",
      "favorite_count": "92",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003714011",
      "id": "1300000000003714011",
      "full_text": "petition to rename the full moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Tue May 18 01:00:00 +0000 2021",
      "favorite_count": "441",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003721930",
      "id": "1300000000003721930",
      "full_text": "@birdnerd looked up at the harvest moon for 7 minutes. wild.",
      "lang": "en",
      "created_at": "Tue May 18 08:00:00 +0000 2021",
      "favorite_count": "498",
      "retweet_count": "17",
      "in_reply_to_status_id_str": "100000000050204995",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003729849",
      "id": "1300000000003729849",
      "full_text": "telescope log, night 18: a very fast cloud. to lie down",
      "lang": "en",
      "created_at": "Tue May 18 14:00:00 +0000 2021",
      "favorite_count": "373",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003737768",
      "id": "1300000000003737768",
      "full_text": "telescope log, night 26: a satellite waving. feelings about it",
      "lang": "en",
      "created_at": "Tue May 18 19:00:00 +0000 2021",
      "favorite_count": "356",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003745687",
      "id": "1300000000003745687",
      "full_text": "my telescope showed me a very fast cloud and now i have to lie down",
      "lang": "en",
      "created_at": "Wed May 19 04:00:00 +0000 2021",
      "favorite_count": "1",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003753606",
      "id": "1300000000003753606",
      "full_text": "petition to rename the crescent moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Wed May 19 07:00:00 +0000 2021",
      "favorite_count": "275",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003761525",
      "id": "1300000000003761525",
      "full_text": "RT @newsbot: the moon is new tonight and i have several questions",
      "lang": "en",
      "created_at": "Wed May 19 14:00:00 +0000 2021",
      "favorite_count": "256",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003769444",
      "id": "1300000000003769444",
      "full_text": "the moon is harvest tonight and i have no further questions",
      "lang": "en",
      "created_at": "Wed May 19 21:00:00 +0000 2021",
      "favorite_count": "23",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003777363",
      "id": "1300000000003777363",
      "full_text": "RT @birdnerd: the moon is new tonight and i have no further questions",
      "lang": "en",
      "created_at": "Thu May 20 07:00:00 +0000 2021",
      "favorite_count": "167",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003785282",
      "id": "1300000000003785282",
      "full_text": "RT @newsbot: my telescope showed me a satellite waving and now i have feelings about it",
      "lang": "en",
      "created_at": "Thu May 20 14:00:00 +0000 2021",
      "favorite_count": "325",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003793201",
      "id": "1300000000003793201",
      "full_text": "@skywatcher my telescope showed me three stars in a row and now i have no further questions",
      "lang": "en",
      "created_at": "Thu May 20 19:00:00 +0000 2021",
      "favorite_count": "173",
      "retweet_count": "28",
      "in_reply_to_status_id_str": "100000000132311873",
      "in_reply_to_screen_name": "friend"
    }
  }
]