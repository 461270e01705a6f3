window.YTD.tweets.part0 = [
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000000000",
      "id": "1300000000000000000",
      "full_text": "@newsbot looked up at the crescent moon for 12 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Fri Jan 01 00:00:00 +0000 2021",
      "favorite_count": "313",
      "retweet_count": "27",
      "in_reply_to_status_id_str": "100000000011024081",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000007919",
      "id": "1300000000000007919",
      "full_text": "the moon is new tonight and i have a new theory",
      "lang": "en",
      "created_at": "Fri Jan 01 09:00:00 +0000 2021",
      "favorite_count": "435",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000015838",
      "id": "1300000000000015838",
      "full_text": "the moon is crescent tonight and i have no further questions",
      "lang": "en",
      "created_at": "Fri Jan 01 20:00:00 +0000 2021",
      "favorite_count": "72",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000023757",
      "id": "1300000000000023757",
      "full_text": "my telescope showed me three stars in a row and now i have to lie down",
      "lang": "en",
      "created_at": "Sat Jan 02 03:00:00 +0000 2021",
      "favorite_count": "89",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000031676",
      "id": "1300000000000031676",
      "full_text": "respect. the harvest moon really said goodnight everyone",
      "lang": "en",
      "created_at": "Sat Jan 02 08:00:00 +0000 2021",
      "favorite_count": "488",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000039595",
      "id": "1300000000000039595",
      "full_text": "the moon is waning tonight and i have a new theory",
      "lang": "en",
      "created_at": "Sat Jan 02 13:00:00 +0000 2021",
      "favorite_count": "353",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000047514",
      "id": "1300000000000047514",
      "full_text": "we live in a society. the waning moon really said look at me",
      "lang": "en",
      "created_at": "Sat Jan 02 22:00:00 +0000 2021",
      "favorite_count": "414",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000055433",
      "id": "1300000000000055433",
      "full_text": "i need a minute. the waning moon really said goodnight everyone",
      "lang": "en",
      "created_at": "Sun Jan 03 01:00:00 +0000 2021",
      "favorite_count": "313",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000063352",
      "id": "1300000000000063352",
      "full_text": "RT @skywatcher: my telescope showed me three stars in a row and now i have a new theory",
      "lang": "en",
      "created_at": "Sun Jan 03 09:00:00 +0000 2021",
      "favorite_count": "389",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000071271",
      "id": "1300000000000071271",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en",
      "created_at": "Sun Jan 03 19:00:00 +0000 2021",
      "favorite_count": "308",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000079190",
      "id": "1300000000000079190",
      "full_text": "telescope log, night 19: a satellite waving. several questions",
      "lang": "en",
      "created_at": "Mon Jan 04 03:00:00 +0000 2021",
      "favorite_count": "187",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000087109",
      "id": "1300000000000087109",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Mon Jan 04 05:00:00 +0000 2021",
      "favorite_count": "322",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000095028",
      "id": "1300000000000095028",
      "full_text": "fun fact: the moon is covered in dust. we live in a society.",
      "lang": "en",
      "created_at": "Mon Jan 04 14:00:00 +0000 2021",
      "favorite_count": "316",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000102947",
      "id": "1300000000000102947",
      "full_text": "the moon is new tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Mon Jan 04 19:00:00 +0000 2021",
      "favorite_count": "51",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000110866",
      "id": "1300000000000110866",
      "full_text": "@newsbot the moon is waxing gibbous tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Tue Jan 05 02:00:00 +0000 2021",
      "favorite_count": "173",
      "retweet_count": "17",
      "in_reply_to_status_id_str": "100000000128883398",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000118785",
      "id": "1300000000000118785",
      "full_text": "fun fact: the moon is older than cheese. we live in a society. https://example.com/lunar_larry/15",
      "lang": "en",
      "created_at": "Tue Jan 05 11:00:00 +0000 2021",
      "favorite_count": "467",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000126704",
      "id": "1300000000000126704",
      "full_text": "telescope log, night 22: the lunar apennines. several questions",
      "lang": "en",
      "created_at": "Tue Jan 05 21:00:00 +0000 2021",
      "favorite_count": "352",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000134623",
      "id": "1300000000000134623",
      "full_text": "if the moon was older than cheese it would explain a satellite waving. i need a minute. https://example.com/lunar_larry/17",
      "lang": "en",
      "created_at": "Wed Jan 06 05:00:00 +0000 2021",
      "favorite_count": "496",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000142542",
      "id": "1300000000000142542",
      "full_text": "telescope log, night 12: the lunar apennines. several questions",
      "lang": "en",
      "created_at": "Wed Jan 06 12:00:00 +0000 2021",
      "favorite_count": "64",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000150461",
      "id": "1300000000000150461",
      "full_text": "looked up at the crescent moon for 19 minutes. wild.",
      "lang": "en",
      "created_at": "Wed Jan 06 16:00:00 +0000 2021",
      "favorite_count": "204",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000158380",
      "id": "1300000000000158380",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Thu Jan 07 00:00:00 +0000 2021",
      "favorite_count": "429",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000166299",
      "id": "1300000000000166299",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have feelings about it",
      "lang": "en",
      "created_at": "Thu Jan 07 08:00:00 +0000 2021",
      "favorite_count": "203",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000174218",
      "id": "1300000000000174218",
      "full_text": "@friend if the moon was covered in dust it would explain three stars in a row. unbelievable.",
      "lang": "en",
      "created_at": "Thu Jan 07 13:00:00 +0000 2021",
      "favorite_count": "261",
      "retweet_count": "41",
      "in_reply_to_status_id_str": "100000000557693308",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000182137",
      "id": "1300000000000182137",
      "full_text": "fun fact: the moon is basically a big rock. unbelievable.",
      "lang": "en",
      "created_at": "Thu Jan 07 17:00:00 +0000 2021",
      "favorite_count": "276",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000190056",
      "id": "1300000000000190056",
      "full_text": "telescope log, night 12: a crater shaped like a spoon. feelings about it",
      "lang": "en",
      "created_at": "Fri Jan 08 03:00:00 +0000 2021",
      "favorite_count": "121",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000197975",
      "id": "1300000000000197975",
      "full_text": "telescope log, night 24: the lunar apennines. to lie down",
      "lang": "en",
      "created_at": "Fri Jan 08 10:00:00 +0000 2021",
      "favorite_count": "16",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000205894",
      "id": "1300000000000205894",
      "full_text": "RT @newsbot: the moon is waxing gibbous tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Fri Jan 08 15:00:00 +0000 2021",
      "favorite_count": "104",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000213813",
      "id": "1300000000000213813",
      "full_text": "telescope log, night 32: a satellite waving. no further questions https://example.com/lunar_larry/27",
      "lang": "en",
      "created_at": "Sat Jan 09 00:00:00 +0000 2021",
      "favorite_count": "156",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000221732",
      "id": "1300000000000221732",
      "full_text": "telescope log, night 40: three stars in a row. feelings about it",
      "lang": "en",
      "created_at": "Sat Jan 09 08:00:00 +0000 2021",
      "favorite_count": "480",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000229651",
      "id": "1300000000000229651",
      "full_text": "i need a minute.\n\nthe waxing gibbous moon really said look at me",
      "lang": "en",
      "created_at": "Sat Jan 09 11:00:00 +0000 2021",
      "favorite_count": "364",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000237570",
      "id": "1300000000000237570",
      "full_text": "telescope log, night 35: a crater shaped like a spoon. to lie down",
      "lang": "en",
      "created_at": "Sun Jan 10 00:00:00 +0000 2021",
      "favorite_count": "63",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000245489",
      "id": "1300000000000245489",
      "full_text": "the moon is waxing gibbous tonight and i have several questions",
      "lang": "en",
      "created_at": "Sun Jan 10 02:00:00 +0000 2021",
      "favorite_count": "201",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000253408",
      "id": "1300000000000253408",
      "full_text": "if the moon was covered in dust it would explain three stars in a row. unbelievable.",
      "lang": "en",
      "created_at": "Sun Jan 10 11:00:00 +0000 2021",
      "favorite_count": "67",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000261327",
      "id": "1300000000000261327",
      "full_text": "if the moon was older than cheese it would explain a very fast cloud. unbelievable.",
      "lang": "en",
      "created_at": "Sun Jan 10 20:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000269246",
      "id": "1300000000000269246",
      "full_text": "petition to rename the waning moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Mon Jan 11 00:00:00 +0000 2021",
      "favorite_count": "269",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000277165",
      "id": "1300000000000277165",
      "full_text": "telescope log, night 11: a satellite waving. several questions https://example.com/lunar_larry/35",
      "lang": "en",
      "created_at": "Mon Jan 11 11:00:00 +0000 2021",
      "favorite_count": "456",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000285084",
      "id": "1300000000000285084",
      "full_text": "we live in a society. the new moon really said not today",
      "lang": "en",
      "created_at": "Mon Jan 11 15:00:00 +0000 2021",
      "favorite_count": "36",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000293003",
      "id": "1300000000000293003",
      "full_text": "petition to rename the waning moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Mon Jan 11 21:00:00 +0000 2021",
      "favorite_count": "155",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000300922",
      "id": "1300000000000300922",
      "full_text": "@skywatcher the moon is waxing gibbous tonight and i have several questions https://example.com/lunar_larry/38",
      "lang": "en",
      "created_at": "Tue Jan 12 04:00:00 +0000 2021",
      "favorite_count": "126",
      "retweet_count": "27",
      "in_reply_to_status_id_str": "100000000984061271",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000308841",
      "id": "1300000000000308841",
      "full_text": "the moon is harvest tonight and i have a new theory https://example.com/lunar_larry/39",
      "lang": "en",
      "created_at": "Tue Jan 12 10:00:00 +0000 2021",
      "favorite_count": "297",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000316760",
      "id": "1300000000000316760",
      "full_text": "respect. the harvest moon really said look at me",
      "lang": "en",
      "created_at": "Tue Jan 12 21:00:00 +0000 2021",
      "favorite_count": "54",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000324679",
      "id": "1300000000000324679",
      "full_text": "the moon is waning tonight and i have several questions",
      "lang": "en",
      "created_at": "Wed Jan 13 00:00:00 +0000 2021",
      "favorite_count": "216",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000332598",
      "id": "1300000000000332598",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Wed Jan 13 12:00:00 +0000 2021",
      "favorite_count": "68",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000340517",
      "id": "1300000000000340517",
      "full_text": "RT @skywatcher: petition to rename the new moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Wed Jan 13 13:00:00 +0000 2021",
      "favorite_count": "168",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000348436",
      "id": "1300000000000348436",
      "full_text": "lol",
      "lang": "en",
      "created_at": "Thu Jan 14 01:00:00 +0000 2021",
      "favorite_count": "353",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000356355",
      "id": "1300000000000356355",
      "full_text": "RT @skywatcher: fun fact: the moon is tidally locked. wild.",
      "lang": "en",
      "created_at": "Thu Jan 14 08:00:00 +0000 2021",
      "favorite_count": "319",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000364274",
      "id": "1300000000000364274",
      "full_text": "the moon is new tonight and i have no further questions",
      "lang": "en",
      "created_at": "Thu Jan 14 11:00:00 +0000 2021",
      "favorite_count": "454",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000372193",
      "id": "1300000000000372193",
      "full_text": "looked up at the full moon for 15 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Thu Jan 14 19:00:00 +0000 2021",
      "favorite_count": "181",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000380112",
      "id": "1300000000000380112",
      "full_text": "if the moon was tidally locked it would explain a crater shaped like a spoon. i need a minute.",
      "lang": "en",
      "created_at": "Fri Jan 15 02:00:00 +0000 2021",
      "favorite_count": "396",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000388031",
      "id": "1300000000000388031",
      "full_text": "fun fact: the moon is tidally locked. i need a minute.",
      "lang": "en",
      "created_at": "Fri Jan 15 10:00:00 +0000 2021",
      "favorite_count": "1",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000395950",
      "id": "1300000000000395950",
      "full_text": "i need a minute. the new moon really said not today",
      "lang": "en",
      "created_at": "Fri Jan 15 17:00:00 +0000 2021",
      "favorite_count": "35",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000403869",
      "id": "1300000000000403869",
      "full_text": "the moon is waxing gibbous tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Sat Jan 16 02:00:00 +0000 2021",
      "favorite_count": "470",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000411788",
      "id": "1300000000000411788",
      "full_text": "looked up at the new moon for 16 minutes. wild.",
      "lang": "en",
      "created_at": "Sat Jan 16 10:00:00 +0000 2021",
      "favorite_count": "467",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000419707",
      "id": "1300000000000419707",
      "full_text": "@birdnerd if the moon was covered in dust it would explain a very fast cloud. unbelievable.",
      "lang": "en",
      "created_at": "Sat Jan 16 12:00:00 +0000 2021",
      "favorite_count": "140",
      "retweet_count": "18",
      "in_reply_to_status_id_str": "100000000465401257",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000427626",
      "id": "1300000000000427626",
      "full_text": "telescope log, night 14: the lunar apennines. feelings about it https://example.com/lunar_larry/54",
      "lang": "en",
      "created_at": "Sun Jan 17 00:00:00 +0000 2021",
      "favorite_count": "196",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000435545",
      "id": "1300000000000435545",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Sun Jan 17 03:00:00 +0000 2021",
      "favorite_count": "386",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000443464",
      "id": "1300000000000443464",
      "full_text": "fun fact: the moon is covered in dust. wild.",
      "lang": "en",
      "created_at": "Sun Jan 17 08:00:00 +0000 2021",
      "favorite_count": "168",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000451383",
      "id": "1300000000000451383",
      "full_text": "looked up at the new moon for 7 minutes.\n\nwild.",
      "lang": "en",
      "created_at": "Sun Jan 17 19:00:00 +0000 2021",
      "favorite_count": "378",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000459302",
      "id": "1300000000000459302",
      "full_text": "fun fact: the moon is older than cheese.\n\ni need a minute.",
      "lang": "en",
      "created_at": "Mon Jan 18 01:00:00 +0000 2021",
      "favorite_count": "200",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000467221",
      "id": "1300000000000467221",
      "full_text": "we live in a society. the harvest moon really said not today https://example.com/lunar_larry/59",
      "lang": "en",
      "created_at": "Mon Jan 18 07:00:00 +0000 2021",
      "favorite_count": "463",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000475140",
      "id": "1300000000000475140",
      "full_text": "looked up at the full moon for 13 minutes. respect. https://example.com/lunar_larry/60",
      "lang": "en",
      "created_at": "Mon Jan 18 12:00:00 +0000 2021",
      "favorite_count": "189",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000483059",
      "id": "1300000000000483059",
      "full_text": "the moon is full tonight and i have a new theory https://example.com/lunar_larry/61",
      "lang": "en",
      "created_at": "Mon Jan 18 21:00:00 +0000 2021",
      "favorite_count": "190",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000490978",
      "id": "1300000000000490978",
      "full_text": "@newsbot the moon is waxing gibbous tonight and i have a new theory",
      "lang": "en",
      "created_at": "Tue Jan 19 08:00:00 +0000 2021",
      "favorite_count": "408",
      "retweet_count": "5",
      "in_reply_to_status_id_str": "100000000826518661",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000498897",
      "id": "1300000000000498897",
      "full_text": "fun fact: the moon is covered in dust. i need a minute.",
      "lang": "en",
      "created_at": "Tue Jan 19 09:00:00 +0000 2021",
      "favorite_count": "30",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000506816",
      "id": "1300000000000506816",
      "full_text": "@newsbot telescope log, night 6: a crater shaped like a spoon. feelings about it",
      "lang": "en",
      "created_at": "Tue Jan 19 16:00:00 +0000 2021",
      "favorite_count": "412",
      "retweet_count": "26",
      "in_reply_to_status_id_str": "100000000617064896",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000514735",
      "id": "1300000000000514735",
      "full_text": "@birdnerd looked up at the crescent moon for 33 minutes. unbelievable.",
      "lang": "en",
      "created_at": "Wed Jan 20 02:00:00 +0000 2021",
      "favorite_count": "79",
      "retweet_count": "45",
      "in_reply_to_status_id_str": "100000000206673204",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000522654",
      "id": "1300000000000522654",
      "full_text": "if the moon was covered in dust it would explain a satellite waving. unbelievable.",
      "lang": "en",
      "created_at": "Wed Jan 20 09:00:00 +0000 2021",
      "favorite_count": "413",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000530573",
      "id": "1300000000000530573",
      "full_text": "the moon is waxing gibbous tonight and i have to lie down",
      "lang": "en",
      "created_at": "Wed Jan 20 13:00:00 +0000 2021",
      "favorite_count": "76",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000538492",
      "id": "1300000000000538492",
      "full_text": "if the moon was older than cheese it would explain the lunar apennines. we live in a society.",
      "lang": "en",
      "created_at": "Wed Jan 20 22:00:00 +0000 2021",
      "favorite_count": "445",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000546411",
      "id": "1300000000000546411",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en",
      "created_at": "Thu Jan 21 05:00:00 +0000 2021",
      "favorite_count": "221",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000554330",
      "id": "1300000000000554330",
      "full_text": "fun fact: the moon is covered in dust. i need a minute.",
      "lang": "en",
      "created_at": "Thu Jan 21 12:00:00 +0000 2021",
      "favorite_count": "123",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000562249",
      "id": "1300000000000562249",
      "full_text": "if the moon was older than cheese it would explain a satellite waving. i need a minute.",
      "lang": "en",
      "created_at": "Thu Jan 21 22:00:00 +0000 2021",
      "favorite_count": "286",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000570168",
      "id": "1300000000000570168",
      "full_text": "if the moon was basically a big rock it would explain a satellite waving. respect. https://example.com/lunar_larry/72",
      "lang": "en",
      "created_at": "Fri Jan 22 04:00:00 +0000 2021",
      "favorite_count": "489",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000578087",
      "id": "1300000000000578087",
      "full_text": "the moon is waning tonight and i have no further questions",
      "lang": "en",
      "created_at": "Fri Jan 22 08:00:00 +0000 2021",
      "favorite_count": "480",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000586006",
      "id": "1300000000000586006",
      "full_text": "telescope log, night 9: a very fast cloud. a new theory",
      "lang": "en",
      "created_at": "Fri Jan 22 16:00:00 +0000 2021",
      "favorite_count": "215",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000593925",
      "id": "1300000000000593925",
      "full_text": "if the moon was slowly drifting away it would explain a satellite waving. respect.",
      "lang": "en",
      "created_at": "Sat Jan 23 01:00:00 +0000 2021",
      "favorite_count": "176",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000601844",
      "id": "1300000000000601844",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Sat Jan 23 05:00:00 +0000 2021",
      "favorite_count": "490",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000609763",
      "id": "1300000000000609763",
      "full_text": "petition to rename the full moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Sat Jan 23 15:00:00 +0000 2021",
      "favorite_count": "179",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000617682",
      "id": "1300000000000617682",
      "full_text": "the moon is crescent tonight and i have a new theory",
      "lang": "en",
      "created_at": "Sat Jan 23 18:00:00 +0000 2021",
      "favorite_count": "140",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000625601",
      "id": "1300000000000625601",
      "full_text": "RT @friend: the moon is waning tonight and i have no further questions",
      "lang": "en",
      "created_at": "Sun Jan 24 04:00:00 +0000 2021",
      "favorite_count": "298",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000633520",
      "id": "1300000000000633520",
      "full_text": "telescope log, night 9: a crater shaped like a spoon. no further questions",
      "lang": "en",
      "created_at": "Sun Jan 24 08:00:00 +0000 2021",
      "favorite_count": "192",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000641439",
      "id": "1300000000000641439",
      "full_text": "RT @birdnerd: fun fact: the moon is older than cheese. we live in a society.",
      "lang": "en",
      "created_at": "Sun Jan 24 20:00:00 +0000 2021",
      "favorite_count": "439",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000649358",
      "id": "1300000000000649358",
      "full_text": "looked up at the waxing gibbous moon for 3 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Mon Jan 25 02:00:00 +0000 2021",
      "favorite_count": "150",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000657277",
      "id": "1300000000000657277",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Mon Jan 25 08:00:00 +0000 2021",
      "favorite_count": "296",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000665196",
      "id": "1300000000000665196",
      "full_text": "lol",
      "lang": "en",
      "created_at": "Mon Jan 25 17:00:00 +0000 2021",
      "favorite_count": "88",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000673115",
      "id": "1300000000000673115",
      "full_text": "@skywatcher looked up at the full moon for 23 minutes. wild.",
      "lang": "en",
      "created_at": "Mon Jan 25 20:00:00 +0000 2021",
      "favorite_count": "8",
      "retweet_count": "26",
      "in_reply_to_status_id_str": "100000000400085767",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000681034",
      "id": "1300000000000681034",
      "full_text": "telescope log, night 39: a very fast cloud. a new theory",
      "lang": "en",
      "created_at": "Tue Jan 26 07:00:00 +0000 2021",
      "favorite_count": "161",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000688953",
      "id": "1300000000000688953",
      "full_text": "@friend the moon is waning tonight and i have a new theory",
      "lang": "en",
      "created_at": "Tue Jan 26 14:00:00 +0000 2021",
      "favorite_count": "141",
      "retweet_count": "21",
      "in_reply_to_status_id_str": "100000000399092576",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000696872",
      "id": "1300000000000696872",
      "full_text": "respect. the crescent moon really said i am the main character",
      "lang": "en",
      "created_at": "Tue Jan 26 22:00:00 +0000 2021",
      "favorite_count": "178",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000704791",
      "id": "1300000000000704791",
      "full_text": "looked up at the waning moon for 15 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Wed Jan 27 04:00:00 +0000 2021",
      "favorite_count": "118",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000712710",
      "id": "1300000000000712710",
      "full_text": "fun fact: the moon is slowly drifting away. respect.",
      "lang": "en",
      "created_at": "Wed Jan 27 07:00:00 +0000 2021",
      "favorite_count": "351",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000720629",
      "id": "1300000000000720629",
      "full_text": "petition to rename the waxing gibbous moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Wed Jan 27 14:00:00 +0000 2021",
      "favorite_count": "332",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000728548",
      "id": "1300000000000728548",
      "full_text": "fun fact: the moon is slowly drifting away. unbelievable.",
      "lang": "en",
      "created_at": "Wed Jan 27 21:00:00 +0000 2021",
      "favorite_count": "250",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000736467",
      "id": "1300000000000736467",
      "full_text": "my telescope showed me the lunar apennines and now i have no further questions",
      "lang": "en",
      "created_at": "Thu Jan 28 04:00:00 +0000 2021",
      "favorite_count": "253",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000744386",
      "id": "1300000000000744386",
      "full_text": "looked up at the harvest moon for 7 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Thu Jan 28 14:00:00 +0000 2021",
      "favorite_count": "459",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000752305",
      "id": "1300000000000752305",
      "full_text": "petition to rename the crescent moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Thu Jan 28 19:00:00 +0000 2021",
      "favorite_count": "353",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000760224",
      "id": "1300000000000760224",
      "full_text": "@compost_queen petition to rename the waning moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Fri Jan 29 05:00:00 +0000 2021",
      "favorite_count": "409",
      "retweet_count": "31",
      "in_reply_to_status_id_str": "100000000015302126",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000768143",
      "id": "1300000000000768143",
      "full_text": "the moon is waning tonight and i have a new theory",
      "lang": "en",
      "created_at": "Fri Jan 29 08:00:00 +0000 2021",
      "favorite_count": "146",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000776062",
      "id": "1300000000000776062",
      "full_text": "fun fact: the moon is slowly drifting away. we live in a society.",
      "lang": "en",
      "created_at": "Fri Jan 29 15:00:00 +0000 2021",
      "favorite_count": "91",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000783981",
      "id": "1300000000000783981",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Sat Jan 30 03:00:00 +0000 2021",
      "favorite_count": "436",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000791900",
      "id": "1300000000000791900",
      "full_text": "telescope log, night 29: a very fast cloud. a new theory",
      "lang": "en",
      "created_at": "Sat Jan 30 05:00:00 +0000 2021",
      "favorite_count": "299",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000799819",
      "id": "1300000000000799819",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have a new theory",
      "lang": "en",
      "created_at": "Sat Jan 30 16:00:00 +0000 2021",
      "favorite_count": "108",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000807738",
      "id": "1300000000000807738",
      "full_text": "petition to rename the harvest moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Sat Jan 30 19:00:00 +0000 2021",
      "favorite_count": "137",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000815657",
      "id": "1300000000000815657",
      "full_text": "fun fact: the moon is slowly drifting away. respect.",
      "lang": "en",
      "created_at": "Sun Jan 31 06:00:00 +0000 2021",
      "favorite_count": "60",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000823576",
      "id": "1300000000000823576",
      "full_text": "RT @compost_queen: the moon is full tonight and i have a new theory",
      "lang": "en",
      "created_at": "Sun Jan 31 12:00:00 +0000 2021",
      "favorite_count": "103",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000831495",
      "id": "1300000000000831495",
      "full_text": "fun fact: the moon is slowly drifting away. wild.",
      "lang": "en",
      "created_at": "Sun Jan 31 17:00:00 +0000 2021",
      "favorite_count": "133",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000839414",
      "id": "1300000000000839414",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Mon Feb 01 00:00:00 +0000 2021",
      "favorite_count": "10",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000847333",
      "id": "1300000000000847333",
      "full_text": "RT @newsbot: if the moon was older than cheese it would explain a very fast cloud. respect.",
      "lang": "en",
      "created_at": "Mon Feb 01 09:00:00 +0000 2021",
      "favorite_count": "73",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000855252",
      "id": "1300000000000855252",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Mon Feb 01 15:00:00 +0000 2021",
      "favorite_count": "326",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000863171",
      "id": "1300000000000863171",
      "full_text": "telescope log, night 27: a crater shaped like a spoon. to lie down",
      "lang": "en",
      "created_at": "Mon Feb 01 21:00:00 +0000 2021",
      "favorite_count": "13",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000871090",
      "id": "1300000000000871090",
      "full_text": "RT @newsbot: unbelievable. the new moon really said not today",
      "lang": "en",
      "created_at": "Tue Feb 02 08:00:00 +0000 2021",
      "favorite_count": "422",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000879009",
      "id": "1300000000000879009",
      "full_text": "telescope log, night 32: three stars in a row. to lie down",
      "lang": "en",
      "created_at": "Tue Feb 02 14:00:00 +0000 2021",
      "favorite_count": "480",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000886928",
      "id": "1300000000000886928",
      "full_text": "looked up at the waxing gibbous moon for 26 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Tue Feb 02 16:00:00 +0000 2021",
      "favorite_count": "327",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000894847",
      "id": "1300000000000894847",
      "full_text": "RT @friend: if the moon was tidally locked it would explain a crater shaped like a spoon. unbelievable.",
      "lang": "en",
      "created_at": "Tue Feb 02 23:00:00 +0000 2021",
      "favorite_count": "425",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000902766",
      "id": "1300000000000902766",
      "full_text": "telescope log, night 15: a satellite waving. to lie down",
      "lang": "en",
      "created_at": "Wed Feb 03 09:00:00 +0000 2021",
      "favorite_count": "170",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000910685",
      "id": "1300000000000910685",
      "full_text": "looked up at the waning moon for 25 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Wed Feb 03 15:00:00 +0000 2021",
      "favorite_count": "463",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000918604",
      "id": "1300000000000918604",
      "full_text": "looked up at the full moon for 26 minutes. respect.",
      "lang": "en",
      "created_at": "Wed Feb 03 21:00:00 +0000 2021",
      "favorite_count": "152",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000926523",
      "id": "1300000000000926523",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Thu Feb 04 09:00:00 +0000 2021",
      "favorite_count": "198",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000934442",
      "id": "1300000000000934442",
      "full_text": "the moon is full tonight and i have several questions",
      "lang": "en",
      "created_at": "Thu Feb 04 13:00:00 +0000 2021",
      "favorite_count": "454",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000942361",
      "id": "1300000000000942361",
      "full_text": "RT @skywatcher: my telescope showed me a very fast cloud and now i have no further questions",
      "lang": "en",
      "created_at": "Thu Feb 04 22:00:00 +0000 2021",
      "favorite_count": "270",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000950280",
      "id": "1300000000000950280",
      "full_text": "petition to rename the harvest moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Fri Feb 05 04:00:00 +0000 2021",
      "favorite_count": "31",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000958199",
      "id": "1300000000000958199",
      "full_text": "fun fact: the moon is basically a big rock. respect.",
      "lang": "en",
      "created_at": "Fri Feb 05 09:00:00 +0000 2021",
      "favorite_count": "68",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000966118",
      "id": "1300000000000966118",
      "full_text": "petition to rename the waning moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Fri Feb 05 19:00:00 +0000 2021",
      "favorite_count": "286",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000974037",
      "id": "1300000000000974037",
      "full_text": "looked up at the waning moon for 3 minutes. respect.",
      "lang": "en",
      "created_at": "Fri Feb 05 23:00:00 +0000 2021",
      "favorite_count": "211",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000981956",
      "id": "1300000000000981956",
      "full_text": "unbelievable. the new moon really said i am the main character",
      "lang": "en",
      "created_at": "Sat Feb 06 08:00:00 +0000 2021",
      "favorite_count": "423",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000989875",
      "id": "1300000000000989875",
      "full_text": "the moon is crescent tonight and i have a new theory",
      "lang": "en",
      "created_at": "Sat Feb 06 12:00:00 +0000 2021",
      "favorite_count": "276",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000997794",
      "id": "1300000000000997794",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have no further questions https://example.com/lunar_larry/126",
      "lang": "en",
      "created_at": "Sat Feb 06 21:00:00 +0000 2021",
      "favorite_count": "37",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001005713",
      "id": "1300000000001005713",
      "full_text": "@compost_queen fun fact: the moon is older than cheese. respect.",
      "lang": "en",
      "created_at": "Sun Feb 07 02:00:00 +0000 2021",
      "favorite_count": "289",
      "retweet_count": "38",
      "in_reply_to_status_id_str": "100000000526352199",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001013632",
      "id": "1300000000001013632",
      "full_text": "looked up at the waxing gibbous moon for 5 minutes. wild.",
      "lang": "en",
      "created_at": "Sun Feb 07 13:00:00 +0000 2021",
      "favorite_count": "0",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001021551",
      "id": "1300000000001021551",
      "full_text": "telescope log, night 36: three stars in a row. several questions",
      "lang": "en",
      "created_at": "Sun Feb 07 21:00:00 +0000 2021",
      "favorite_count": "53",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001029470",
      "id": "1300000000001029470",
      "full_text": "we live in a society. the full moon really said look at me",
      "lang": "en",
      "created_at": "Mon Feb 08 01:00:00 +0000 2021",
      "favorite_count": "236",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001037389",
      "id": "1300000000001037389",
      "full_text": "if the moon was slowly drifting away it would explain a very fast cloud. we live in a society.",
      "lang": "en",
      "created_at": "Mon Feb 08 09:00:00 +0000 2021",
      "favorite_count": "475",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001045308",
      "id": "1300000000001045308",
      "full_text": "my telescope showed me three stars in a row and now i have no further questions",
      "lang": "en",
      "created_at": "Mon Feb 08 15:00:00 +0000 2021",
      "favorite_count": "34",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001053227",
      "id": "1300000000001053227",
      "full_text": "fun fact: the moon is slowly drifting away. i need a minute.",
      "lang": "en",
      "created_at": "Mon Feb 08 23:00:00 +0000 2021",
      "favorite_count": "160",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001061146",
      "id": "1300000000001061146",
      "full_text": "we live in a society. the full moon really said i am the main character https://example.com/lunar_larry/134",
      "lang": "en",
      "created_at": "Tue Feb 09 07:00:00 +0000 2021",
      "favorite_count": "180",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001069065",
      "id": "1300000000001069065",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Tue Feb 09 10:00:00 +0000 2021",
      "favorite_count": "309",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001076984",
      "id": "1300000000001076984",
      "full_text": "fun fact: the moon is basically a big rock. we live in a society.",
      "lang": "en",
      "created_at": "Tue Feb 09 21:00:00 +0000 2021",
      "favorite_count": "32",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001084903",
      "id": "1300000000001084903",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en",
      "created_at": "Wed Feb 10 05:00:00 +0000 2021",
      "favorite_count": "128",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001092822",
      "id": "1300000000001092822",
      "full_text": "if the moon was slowly drifting away it would explain a satellite waving. respect. https://example.com/lunar_larry/138",
      "lang": "en",
      "created_at": "Wed Feb 10 09:00:00 +0000 2021",
      "favorite_count": "164",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001100741",
      "id": "1300000000001100741",
      "full_text": "unbelievable. the new moon really said look at me",
      "lang": "en",
      "created_at": "Wed Feb 10 13:00:00 +0000 2021",
      "favorite_count": "290",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001108660",
      "id": "1300000000001108660",
      "full_text": "wild. the waning moon really said look at me",
      "lang": "en",
      "created_at": "Wed Feb 10 20:00:00 +0000 2021",
      "favorite_count": "307",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001116579",
      "id": "1300000000001116579",
      "full_text": "@birdnerd the moon is crescent tonight and i have to lie down",
      "lang": "en",
      "created_at": "Thu Feb 11 07:00:00 +0000 2021",
      "favorite_count": "95",
      "retweet_count": "5",
      "in_reply_to_status_id_str": "100000000706225825",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001124498",
      "id": "1300000000001124498",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Thu Feb 11 11:00:00 +0000 2021",
      "favorite_count": "126",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001132417",
      "id": "1300000000001132417",
      "full_text": "petition to rename the full moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Thu Feb 11 17:00:00 +0000 2021",
      "favorite_count": "165",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001140336",
      "id": "1300000000001140336",
      "full_text": "my telescope showed me a satellite waving and now i have a new theory",
      "lang": "en",
      "created_at": "Fri Feb 12 02:00:00 +0000 2021",
      "favorite_count": "285",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001148255",
      "id": "1300000000001148255",
      "full_text": "RT @birdnerd: fun fact: the moon is basically a big rock. i need a minute.",
      "lang": "en",
      "created_at": "Fri Feb 12 07:00:00 +0000 2021",
      "favorite_count": "117",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001156174",
      "id": "1300000000001156174",
      "full_text": "looked up at the new moon for 39 minutes. we live in a society. https://example.com/lunar_larry/146",
      "lang": "en",
      "created_at": "Fri Feb 12 17:00:00 +0000 2021",
      "favorite_count": "263",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001164093",
      "id": "1300000000001164093",
      "full_text": "telescope log, night 24: a crater shaped like a spoon. to lie down",
      "lang": "en",
      "created_at": "Fri Feb 12 23:00:00 +0000 2021",
      "favorite_count": "206",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001172012",
      "id": "1300000000001172012",
      "full_text": "ok",
      "lang": "en",
      "created_at": "Sat Feb 13 09:00:00 +0000 2021",
      "favorite_count": "412",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001179931",
      "id": "1300000000001179931",
      "full_text": "we live in a society. the harvest moon really said not today",
      "lang": "en",
      "created_at": "Sat Feb 13 17:00:00 +0000 2021",
      "favorite_count": "164",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001187850",
      "id": "1300000000001187850",
      "full_text": "telescope log, night 8: a crater shaped like a spoon. no further questions",
      "lang": "en",
      "created_at": "Sat Feb 13 20:00:00 +0000 2021",
      "favorite_count": "6",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001195769",
      "id": "1300000000001195769",
      "full_text": "petition to rename the waxing gibbous moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Sun Feb 14 04:00:00 +0000 2021",
      "favorite_count": "49",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001203688",
      "id": "1300000000001203688",
      "full_text": "looked up at the waxing gibbous moon for 7 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Sun Feb 14 12:00:00 +0000 2021",
      "favorite_count": "286",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001211607",
      "id": "1300000000001211607",
      "full_text": "RT @friend: petition to rename the crescent moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Sun Feb 14 18:00:00 +0000 2021",
      "favorite_count": "482",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001219526",
      "id": "1300000000001219526",
      "full_text": "my telescope showed me the lunar apennines and now i have several questions",
      "lang": "en",
      "created_at": "Mon Feb 15 03:00:00 +0000 2021",
      "favorite_count": "141",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001227445",
      "id": "1300000000001227445",
      "full_text": "fun fact: the moon is tidally locked. respect.",
      "lang": "en",
      "created_at": "Mon Feb 15 09:00:00 +0000 2021",
      "favorite_count": "478",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001235364",
      "id": "1300000000001235364",
      "full_text": "the moon is harvest tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Mon Feb 15 16:00:00 +0000 2021",
      "favorite_count": "187",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001243283",
      "id": "1300000000001243283",
      "full_text": "RT @compost_queen: the moon is waning tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Tue Feb 16 00:00:00 +0000 2021",
      "favorite_count": "221",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001251202",
      "id": "1300000000001251202",
      "full_text": "telescope log, night 27: a very fast cloud. a new theory https://example.com/lunar_larry/158",
      "lang": "en",
      "created_at": "Tue Feb 16 03:00:00 +0000 2021",
      "favorite_count": "98",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001259121",
      "id": "1300000000001259121",
      "full_text": "if the moon was basically a big rock it would explain a very fast cloud.\n\nunbelievable.",
      "lang": "en",
      "created_at": "Tue Feb 16 11:00:00 +0000 2021",
      "favorite_count": "136",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001267040",
      "id": "1300000000001267040",
      "full_text": "fun fact: the moon is basically a big rock. we live in a society.",
      "lang": "en",
      "created_at": "Tue Feb 16 17:00:00 +0000 2021",
      "favorite_count": "293",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001274959",
      "id": "1300000000001274959",
      "full_text": "looked up at the waning moon for 17 minutes. respect.",
      "lang": "en",
      "created_at": "Wed Feb 17 05:00:00 +0000 2021",
      "favorite_count": "225",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001282878",
      "id": "1300000000001282878",
      "full_text": "RT @friend: fun fact: the moon is older than cheese. unbelievable.",
      "lang": "en",
      "created_at": "Wed Feb 17 08:00:00 +0000 2021",
      "favorite_count": "62",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001290797",
      "id": "1300000000001290797",
      "full_text": "looked up at the new moon for 17 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Wed Feb 17 19:00:00 +0000 2021",
      "favorite_count": "149",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001298716",
      "id": "1300000000001298716",
      "full_text": "RT @newsbot: petition to rename the waxing gibbous moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Wed Feb 17 23:00:00 +0000 2021",
      "favorite_count": "242",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001306635",
      "id": "1300000000001306635",
      "full_text": "@skywatcher unbelievable. the harvest moon really said i am the main character",
      "lang": "en",
      "created_at": "Thu Feb 18 09:00:00 +0000 2021",
      "favorite_count": "207",
      "retweet_count": "25",
      "in_reply_to_status_id_str": "100000000462213912",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001314554",
      "id": "1300000000001314554",
      "full_text": "my telescope showed me three stars in a row and now i have several questions",
      "lang": "en",
      "created_at": "Thu Feb 18 10:00:00 +0000 2021",
      "favorite_count": "489",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001322473",
      "id": "1300000000001322473",
      "full_text": "if the moon was slowly drifting away it would explain the lunar apennines. respect.",
      "lang": "en",
      "created_at": "Thu Feb 18 23:00:00 +0000 2021",
      "favorite_count": "70",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001330392",
      "id": "1300000000001330392",
      "full_text": "my telescope showed me a very fast cloud and now i have to lie down https://example.com/lunar_larry/168",
      "lang": "en",
      "created_at": "Fri Feb 19 06:00:00 +0000 2021",
      "favorite_count": "304",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001338311",
      "id": "1300000000001338311",
      "full_text": "telescope log, night 7: a satellite waving. a new theory",
      "lang": "en",
      "created_at": "Fri Feb 19 13:00:00 +0000 2021",
      "favorite_count": "85",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001346230",
      "id": "1300000000001346230",
      "full_text": "petition to rename the harvest moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Fri Feb 19 20:00:00 +0000 2021",
      "favorite_count": "479",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001354149",
      "id": "1300000000001354149",
      "full_text": "my telescope showed me a crater shaped like a spoon and now i have no further questions",
      "lang": "en",
      "created_at": "Sat Feb 20 00:00:00 +0000 2021",
      "favorite_count": "192",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001362068",
      "id": "1300000000001362068",
      "full_text": "fun fact: the moon is tidally locked. i need a minute.",
      "lang": "en",
      "created_at": "Sat Feb 20 08:00:00 +0000 2021",
      "favorite_count": "121",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001369987",
      "id": "1300000000001369987",
      "full_text": "telescope log, night 23: a very fast cloud. several questions",
      "lang": "en",
      "created_at": "Sat Feb 20 13:00:00 +0000 2021",
      "favorite_count": "407",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001377906",
      "id": "1300000000001377906",
      "full_text": "i need a minute. the new moon really said i am the main character",
      "lang": "en",
      "created_at": "Sat Feb 20 22:00:00 +0000 2021",
      "favorite_count": "328",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001385825",
      "id": "1300000000001385825",
      "full_text": "petition to rename the waning moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Sun Feb 21 05:00:00 +0000 2021",
      "favorite_count": "458",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001393744",
      "id": "1300000000001393744",
      "full_text": "telescope log, night 7: a crater shaped like a spoon. to lie down",
      "lang": "en",
      "created_at": "Sun Feb 21 12:00:00 +0000 2021",
      "favorite_count": "310",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001401663",
      "id": "1300000000001401663",
      "full_text": "@compost_queen i need a minute.\n\nthe harvest moon really said i am the main character",
      "lang": "en",
      "created_at": "Sun Feb 21 15:00:00 +0000 2021",
      "favorite_count": "442",
      "retweet_count": "15",
      "in_reply_to_status_id_str": "100000000175124378",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001409582",
      "id": "1300000000001409582",
      "full_text": "the moon is waxing gibbous tonight and i have several questions",
      "lang": "en",
      "created_at": "Mon Feb 22 04:00:00 +0000 2021",
      "favorite_count": "54",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001417501",
      "id": "1300000000001417501",
      "full_text": "looked up at the waxing gibbous moon for 34 minutes.\n\nrespect.",
      "lang": "en",
      "created_at": "Mon Feb 22 08:00:00 +0000 2021",
      "favorite_count": "170",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001425420",
      "id": "1300000000001425420",
      "full_text": "RT @birdnerd: fun fact: the moon is covered in dust. respect.",
      "lang": "en",
      "created_at": "Mon Feb 22 18:00:00 +0000 2021",
      "favorite_count": "409",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001433339",
      "id": "1300000000001433339",
      "full_text": "looked up at the waning moon for 10 minutes. unbelievable. https://example.com/lunar_larry/181",
      "lang": "en",
      "created_at": "Tue Feb 23 00:00:00 +0000 2021",
      "favorite_count": "429",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001441258",
      "id": "1300000000001441258",
      "full_text": "fun fact: the moon is slowly drifting away. wild.",
      "lang": "en",
      "created_at": "Tue Feb 23 02:00:00 +0000 2021",
      "favorite_count": "290",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001449177",
      "id": "1300000000001449177",
      "full_text": "petition to rename the waning moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Tue Feb 23 14:00:00 +0000 2021",
      "favorite_count": "91",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001457096",
      "id": "1300000000001457096",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Tue Feb 23 19:00:00 +0000 2021",
      "favorite_count": "200",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001465015",
      "id": "1300000000001465015",
      "full_text": "unbelievable. the waxing gibbous moon really said i am the main character https://example.com/lunar_larry/185",
      "lang": "en",
      "created_at": "Wed Feb 24 04:00:00 +0000 2021",
      "favorite_count": "332",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001472934",
      "id": "1300000000001472934",
      "full_text": "the moon is waning tonight and i have a new theory",
      "lang": "en",
      "created_at": "Wed Feb 24 10:00:00 +0000 2021",
      "favorite_count": "281",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001480853",
      "id": "1300000000001480853",
      "full_text": "fun fact: the moon is slowly drifting away. we live in a society. https://example.com/lunar_larry/187",
      "lang": "en",
      "created_at": "Wed Feb 24 13:00:00 +0000 2021",
      "favorite_count": "466",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001488772",
      "id": "1300000000001488772",
      "full_text": "@friend the moon is new tonight and i have a new theory",
      "lang": "en",
      "created_at": "Wed Feb 24 23:00:00 +0000 2021",
      "favorite_count": "132",
      "retweet_count": "1",
      "in_reply_to_status_id_str": "100000000880604508",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001496691",
      "id": "1300000000001496691",
      "full_text": "petition to rename the waxing gibbous moon to sky cheese #astronomy https://example.com/lunar_larry/189",
      "lang": "en",
      "created_at": "Thu Feb 25 05:00:00 +0000 2021",
      "favorite_count": "113",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001504610",
      "id": "1300000000001504610",
      "full_text": "the moon is harvest tonight and i have to lie down",
      "lang": "en",
      "created_at": "Thu Feb 25 16:00:00 +0000 2021",
      "favorite_count": "59",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001512529",
      "id": "1300000000001512529",
      "full_text": "telescope log, night 23: three stars in a row. several questions",
      "lang": "en",
      "created_at": "Thu Feb 25 18:00:00 +0000 2021",
      "favorite_count": "405",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001520448",
      "id": "1300000000001520448",
      "full_text": "looked up at the waxing gibbous moon for 39 minutes. wild. https://example.com/lunar_larry/192",
      "lang": "en",
      "created_at": "Fri Feb 26 00:00:00 +0000 2021",
      "favorite_count": "79",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001528367",
      "id": "1300000000001528367",
      "full_text": "@compost_queen respect. the full moon really said look at me",
      "lang": "en",
      "created_at": "Fri Feb 26 09:00:00 +0000 2021",
      "favorite_count": "249",
      "retweet_count": "42",
      "in_reply_to_status_id_str": "100000000010515145",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001536286",
      "id": "1300000000001536286",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Fri Feb 26 17:00:00 +0000 2021",
      "favorite_count": "288",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001544205",
      "id": "1300000000001544205",
      "full_text": "petition to rename the new moon to larry two #astronomy https://example.com/lunar_larry/195",
      "lang": "en",
      "created_at": "Fri Feb 26 21:00:00 +0000 2021",
      "favorite_count": "10",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001552124",
      "id": "1300000000001552124",
      "full_text": "RT @newsbot: the moon is harvest tonight and i have feelings about it",
      "lang": "en",
      "created_at": "Sat Feb 27 06:00:00 +0000 2021",
      "favorite_count": "479",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001560043",
      "id": "1300000000001560043",
      "full_text": "telescope log, night 34: a crater shaped like a spoon. feelings about it",
      "lang": "en",
      "created_at": "Sat Feb 27 17:00:00 +0000 2021",
      "favorite_count": "180",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001567962",
      "id": "1300000000001567962",
      "full_text": "petition to rename the crescent moon to larry two #astronomy",
      "lang": "en",
      "created_at": "Sat Feb 27 22:00:00 +0000 2021",
      "favorite_count": "462",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001575881",
      "id": "1300000000001575881",
      "full_text": "if the moon was covered in dust it would explain a satellite waving. we live in a society.",
      "lang": "en",
      "created_at": "Sun Feb 28 01:00:00 +0000 2021",
      "favorite_count": "142",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001583800",
      "id": "1300000000001583800",
      "full_text": "@skywatcher looked up at the crescent moon for 10 minutes. i need a minute.",
      "lang": "en",
      "created_at": "Sun Feb 28 12:00:00 +0000 2021",
      "favorite_count": "272",
      "retweet_count": "24",
      "in_reply_to_status_id_str": "100000000852630510",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001591719",
      "id": "1300000000001591719",
      "full_text": "RT @newsbot: telescope log, night 21: three stars in a row. several questions",
      "lang": "en",
      "created_at": "Sun Feb 28 19:00:00 +0000 2021",
      "favorite_count": "196",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001599638",
      "id": "1300000000001599638",
      "full_text": "looked up at the waxing gibbous moon for 15 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Sun Feb 28 22:00:00 +0000 2021",
      "favorite_count": "471",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001607557",
      "id": "1300000000001607557",
      "full_text": "if the moon was slowly drifting away it would explain a very fast cloud. i need a minute. https://example.com/lunar_larry/203",
      "lang": "en",
      "created_at": "Mon Mar 01 06:00:00 +0000 2021",
      "favorite_count": "438",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001615476",
      "id": "1300000000001615476",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Mon Mar 01 18:00:00 +0000 2021",
      "favorite_count": "214",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001623395",
      "id": "1300000000001623395",
      "full_text": "fun fact: the moon is basically a big rock. i need a minute.",
      "lang": "en",
      "created_at": "Tue Mar 02 00:00:00 +0000 2021",
      "favorite_count": "51",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001631314",
      "id": "1300000000001631314",
      "full_text": "the moon is harvest tonight and i have to lie down",
      "lang": "en",
      "created_at": "Tue Mar 02 02:00:00 +0000 2021",
      "favorite_count": "240",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001639233",
      "id": "1300000000001639233",
      "full_text": "looked up at the waxing gibbous moon for 40 minutes. wild.",
      "lang": "en",
      "created_at": "Tue Mar 02 10:00:00 +0000 2021",
      "favorite_count": "469",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001647152",
      "id": "1300000000001647152",
      "full_text": "wild. the full moon really said not today",
      "lang": "en",
      "created_at": "Tue Mar 02 20:00:00 +0000 2021",
      "favorite_count": "97",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001655071",
      "id": "1300000000001655071",
      "full_text": "if the moon was slowly drifting away it would explain three stars in a row. respect.",
      "lang": "en",
      "created_at": "Tue Mar 02 23:00:00 +0000 2021",
      "favorite_count": "311",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001662990",
      "id": "1300000000001662990",
      "full_text": "@friend the moon is full tonight and i have no further questions",
      "lang": "en",
      "created_at": "Wed Mar 03 12:00:00 +0000 2021",
      "favorite_count": "285",
      "retweet_count": "15",
      "in_reply_to_status_id_str": "100000000222278369",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001670909",
      "id": "1300000000001670909",
      "full_text": "respect. the crescent moon really said i am the main character",
      "lang": "en",
      "created_at": "Wed Mar 03 17:00:00 +0000 2021",
      "favorite_count": "9",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001678828",
      "id": "1300000000001678828",
      "full_text": "@compost_queen the moon is waxing gibbous tonight and i have no further questions https://example.com/lunar_larry/212",
      "lang": "en",
      "created_at": "Wed Mar 03 23:00:00 +0000 2021",
      "favorite_count": "181",
      "retweet_count": "27",
      "in_reply_to_status_id_str": "100000000611669046",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001686747",
      "id": "1300000000001686747",
      "full_text": "my telescope showed me a satellite waving and now i have feelings about it",
      "lang": "en",
      "created_at": "Thu Mar 04 07:00:00 +0000 2021",
      "favorite_count": "163",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001694666",
      "id": "1300000000001694666",
      "full_text": "the moon is waxing gibbous tonight and i have no further questions",
      "lang": "en",
      "created_at": "Thu Mar 04 15:00:00 +0000 2021",
      "favorite_count": "486",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001702585",
      "id": "1300000000001702585",
      "full_text": "petition to rename the crescent moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Thu Mar 04 23:00:00 +0000 2021",
      "favorite_count": "126",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001710504",
      "id": "1300000000001710504",
      "full_text": "looked up at the full moon for 18 minutes. wild.",
      "lang": "en",
      "created_at": "Fri Mar 05 03:00:00 +0000 2021",
      "favorite_count": "204",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001718423",
      "id": "1300000000001718423",
      "full_text": "my telescope showed me a very fast cloud and now i have no further questions",
      "lang": "en",
      "created_at": "Fri Mar 05 08:00:00 +0000 2021",
      "favorite_count": "275",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001726342",
      "id": "1300000000001726342",
      "full_text": "if the moon was basically a big rock it would explain three stars in a row. respect.",
      "lang": "en",
      "created_at": "Fri Mar 05 18:00:00 +0000 2021",
      "favorite_count": "399",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001734261",
      "id": "1300000000001734261",
      "full_text": "fun fact: the moon is slowly drifting away. unbelievable.",
      "lang": "en",
      "created_at": "Fri Mar 05 23:00:00 +0000 2021",
      "favorite_count": "216",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001742180",
      "id": "1300000000001742180",
      "full_text": "@birdnerd my telescope showed me three stars in a row and now i have no further questions",
      "lang": "en",
      "created_at": "Sat Mar 06 04:00:00 +0000 2021",
      "favorite_count": "91",
      "retweet_count": "22",
      "in_reply_to_status_id_str": "100000000402042071",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001750099",
      "id": "1300000000001750099",
      "full_text": "looked up at the waning moon for 30 minutes. wild.",
      "lang": "en",
      "created_at": "Sat Mar 06 13:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001758018",
      "id": "1300000000001758018",
      "full_text": "looked up at the crescent moon for 16 minutes. we live in a society.",
      "lang": "en",
      "created_at": "Sat Mar 06 22:00:00 +0000 2021",
      "favorite_count": "460",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001765937",
      "id": "1300000000001765937",
      "full_text": "petition to rename the waxing gibbous moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Sun Mar 07 07:00:00 +0000 2021",
      "favorite_count": "445",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001773856",
      "id": "1300000000001773856",
      "full_text": "the moon is crescent tonight and i have several questions https://example.com/lunar_larry/224",
      "lang": "en",
      "created_at": "Sun Mar 07 09:00:00 +0000 2021",
      "favorite_count": "353",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001781775",
      "id": "1300000000001781775",
      "full_text": "the moon is harvest tonight and i have to lie down https://example.com/lunar_larry/225",
      "lang": "en",
      "created_at": "Sun Mar 07 16:00:00 +0000 2021",
      "favorite_count": "236",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001789694",
      "id": "1300000000001789694",
      "full_text": "petition to rename the waning moon to sky cheese #astronomy",
      "lang": "en",
      "created_at": "Sun Mar 07 23:00:00 +0000 2021",
      "favorite_count": "375",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001797613",
      "id": "1300000000001797613",
      "full_text": "fun fact: the moon is older than cheese. i need a minute.",
      "lang": "en",
      "created_at": "Mon Mar 08 06:00:00 +0000 2021",
      "favorite_count": "236",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001805532",
      "id": "1300000000001805532",
      "full_text": "the moon is waning tonight and i have no further questions",
      "lang": "en",
      "created_at": "Mon Mar 08 12:00:00 +0000 2021",
      "favorite_count": "115",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001813451",
      "id": "1300000000001813451",
      "full_text": "@skywatcher my telescope showed me the lunar apennines and now i have a new theory",
      "lang": "en",
      "created_at": "Mon Mar 08 23:00:00 +0000 2021",
      "favorite_count": "291",
      "retweet_count": "27",
      "in_reply_to_status_id_str": "100000000193254492",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001821370",
      "id": "1300000000001821370",
      "full_text": "petition to rename the crescent moon to big steve #astronomy",
      "lang": "en",
      "created_at": "Tue Mar 09 05:00:00 +0000 2021",
      "favorite_count": "350",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001829289",
      "id": "1300000000001829289",
      "full_text": "looked up at the harvest moon for 26 minutes.\n\nunbelievable.",
      "lang": "en",
      "created_at": "Tue Mar 09 10:00:00 +0000 2021",
      "favorite_count": "21",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001837208",
      "id": "1300000000001837208",
      "full_text": "petition to rename the full moon to the night lamp #astronomy",
      "lang": "en",
      "created_at": "Tue Mar 09 18:00:00 +0000 2021",
      "favorite_count": "295",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001845127",
      "id": "1300000000001845127",
      "full_text": "telescope log, night 10: a very fast cloud. a new theory",
      "lang": "en",
      "created_at": "Tue Mar 09 23:00:00 +0000 2021",
      "favorite_count": "392",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001853046",
      "id": "1300000000001853046",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Wed Mar 10 10:00:00 +0000 2021",
      "favorite_count": "156",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001860965",
      "id": "1300000000001860965",
      "full_text": "looked up at the waxing gibbous moon for 23 minutes. respect.",
      "lang": "en",
      "created_at": "Wed Mar 10 13:00:00 +0000 2021",
      "favorite_count": "177",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001868884",
      "id": "1300000000001868884",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Thu Mar 11 02:00:00 +0000 2021",
      "favorite_count": "490",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001876803",
      "id": "1300000000001876803",
      "full_text": "RT @friend: my telescope showed me a crater shaped like a spoon and now i have a new theory",
      "lang": "en",
      "created_at": "Thu Mar 11 08:00:00 +0000 2021",
      "favorite_count": "86",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001884722",
      "id": "1300000000001884722",
      "full_text": "the moon is crescent tonight and i have no further questions https://example.com/lunar_larry/238",
      "lang": "en",
      "created_at": "Thu Mar 11 10:00:00 +0000 2021",
      "favorite_count": "451",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001892641",
      "id": "1300000000001892641",
      "full_text": "fun fact: the moon is tidally locked. wild.",
      "lang": "en",
      "created_at": "Thu Mar 11 17:00:00 +0000 2021",
      "favorite_count": "141",
      "retweet_count": "0"
    }
  }
]