window.YTD.tweets.part0 = [
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000000000",
      "id": "1300000000000000000",
      "full_text": "planted courgettes in the back border today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Fri Jan 01 05:00:00 +0000 2021",
      "favorite_count": "176",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000007919",
      "id": "1300000000000007919",
      "full_text": "hot tip: mulch everything. your runner beans will thank you",
      "lang": "en",
      "created_at": "Fri Jan 01 11:00:00 +0000 2021",
      "favorite_count": "6",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000015838",
      "id": "1300000000000015838",
      "full_text": "week three of the great marigolds experiment: taking over",
      "lang": "en",
      "created_at": "Fri Jan 01 19:00:00 +0000 2021",
      "favorite_count": "466",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000023757",
      "id": "1300000000000023757",
      "full_text": "hot tip: never trust a warm week in april. your courgettes will thank you https://example.com/gardenista/3",
      "lang": "en",
      "created_at": "Fri Jan 01 22:00:00 +0000 2021",
      "favorite_count": "134",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000031676",
      "id": "1300000000000031676",
      "full_text": "my back border is now leggy with sweet peas. talk to the seedlings",
      "lang": "en",
      "created_at": "Sat Jan 02 04:00:00 +0000 2021",
      "favorite_count": "302",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000039595",
      "id": "1300000000000039595",
      "full_text": "nobody warned me that runner beans would be this cheerful #gardening",
      "lang": "en",
      "created_at": "Sat Jan 02 13:00:00 +0000 2021",
      "favorite_count": "500",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000047514",
      "id": "1300000000000047514",
      "full_text": "planted marigolds in the raised bed today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sat Jan 02 22:00:00 +0000 2021",
      "favorite_count": "404",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000055433",
      "id": "1300000000000055433",
      "full_text": "nobody warned me that marigolds would be this leggy #gardening",
      "lang": "en",
      "created_at": "Sun Jan 03 01:00:00 +0000 2021",
      "favorite_count": "328",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000063352",
      "id": "1300000000000063352",
      "full_text": "hot tip: never trust a warm week in april. your kale will thank you",
      "lang": "en",
      "created_at": "Sun Jan 03 14:00:00 +0000 2021",
      "favorite_count": "491",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000071271",
      "id": "1300000000000071271",
      "full_text": "nobody warned me that kale would be this unstoppable #gardening",
      "lang": "en",
      "created_at": "Sun Jan 03 17:00:00 +0000 2021",
      "favorite_count": "474",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000079190",
      "id": "1300000000000079190",
      "full_text": "RT @birdnerd: nobody warned me that kale would be this enormous #gardening",
      "lang": "en",
      "created_at": "Mon Jan 04 00:00:00 +0000 2021",
      "favorite_count": "171",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000087109",
      "id": "1300000000000087109",
      "full_text": "my greenhouse is now suspicious with sweet peas. save your seeds",
      "lang": "en",
      "created_at": "Mon Jan 04 08:00:00 +0000 2021",
      "favorite_count": "448",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000095028",
      "id": "1300000000000095028",
      "full_text": "RT @newsbot: hot tip: mulch everything. your marigolds will thank you",
      "lang": "en",
      "created_at": "Mon Jan 04 16:00:00 +0000 2021",
      "favorite_count": "151",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000102947",
      "id": "1300000000000102947",
      "full_text": "hot tip: water at dawn, not dusk. your courgettes will thank you",
      "lang": "en",
      "created_at": "Mon Jan 04 20:00:00 +0000 2021",
      "favorite_count": "232",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000110866",
      "id": "1300000000000110866",
      "full_text": "week six of the great sweet peas experiment: sulking",
      "lang": "en",
      "created_at": "Tue Jan 05 04:00:00 +0000 2021",
      "favorite_count": "10",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000118785",
      "id": "1300000000000118785",
      "full_text": "the kale are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Tue Jan 05 10:00:00 +0000 2021",
      "favorite_count": "410",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000126704",
      "id": "1300000000000126704",
      "full_text": "RT @newsbot: planted kale in the balcony today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Tue Jan 05 19:00:00 +0000 2021",
      "favorite_count": "121",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000134623",
      "id": "1300000000000134623",
      "full_text": "if your runner beans look leggy, talk to the seedlings",
      "lang": "en",
      "created_at": "Wed Jan 06 03:00:00 +0000 2021",
      "favorite_count": "95",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000142542",
      "id": "1300000000000142542",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Wed Jan 06 09:00:00 +0000 2021",
      "favorite_count": "423",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000150461",
      "id": "1300000000000150461",
      "full_text": "@birdnerd planted marigolds in the allotment today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Wed Jan 06 13:00:00 +0000 2021",
      "favorite_count": "157",
      "retweet_count": "0",
      "in_reply_to_status_id_str": "100000000971581406",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000158380",
      "id": "1300000000000158380",
      "full_text": "composting update: sulking. the worms are unstoppable &amp; thriving https://example.com/gardenista/20",
      "lang": "en",
      "created_at": "Thu Jan 07 01:00:00 +0000 2021",
      "favorite_count": "447",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000166299",
      "id": "1300000000000166299",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Thu Jan 07 09:00:00 +0000 2021",
      "favorite_count": "293",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000174218",
      "id": "1300000000000174218",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Thu Jan 07 10:00:00 +0000 2021",
      "favorite_count": "23",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000182137",
      "id": "1300000000000182137",
      "full_text": "composting update: mysteriously purple. the worms are cheerful &amp; thriving",
      "lang": "en",
      "created_at": "Thu Jan 07 22:00:00 +0000 2021",
      "favorite_count": "117",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000190056",
      "id": "1300000000000190056",
      "full_text": "@newsbot if your sweet peas look unstoppable, talk to the seedlings",
      "lang": "en",
      "created_at": "Fri Jan 08 02:00:00 +0000 2021",
      "favorite_count": "389",
      "retweet_count": "4",
      "in_reply_to_status_id_str": "100000000284407402",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000197975",
      "id": "1300000000000197975",
      "full_text": "nobody warned me that runner beans would be this leggy #gardening",
      "lang": "en",
      "created_at": "Fri Jan 08 09:00:00 +0000 2021",
      "favorite_count": "178",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000205894",
      "id": "1300000000000205894",
      "full_text": "if your marigolds look cheerful, save your seeds",
      "lang": "en",
      "created_at": "Fri Jan 08 19:00:00 +0000 2021",
      "favorite_count": "311",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000213813",
      "id": "1300000000000213813",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Sat Jan 09 03:00:00 +0000 2021",
      "favorite_count": "256",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000221732",
      "id": "1300000000000221732",
      "full_text": "composting update: thriving. the worms are cheerful &amp; thriving",
      "lang": "en",
      "created_at": "Sat Jan 09 09:00:00 +0000 2021",
      "favorite_count": "462",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000229651",
      "id": "1300000000000229651",
      "full_text": "week three of the great kale experiment: sulking",
      "lang": "en",
      "created_at": "Sat Jan 09 17:00:00 +0000 2021",
      "favorite_count": "386",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000237570",
      "id": "1300000000000237570",
      "full_text": "planted runner beans in the balcony today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Sat Jan 09 21:00:00 +0000 2021",
      "favorite_count": "249",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000245489",
      "id": "1300000000000245489",
      "full_text": "my raised bed is now leggy with kale. mulch everything",
      "lang": "en",
      "created_at": "Sun Jan 10 01:00:00 +0000 2021",
      "favorite_count": "118",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000253408",
      "id": "1300000000000253408",
      "full_text": "nobody warned me that runner beans would be this suspicious #gardening",
      "lang": "en",
      "created_at": "Sun Jan 10 14:00:00 +0000 2021",
      "favorite_count": "344",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000261327",
      "id": "1300000000000261327",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Sun Jan 10 15:00:00 +0000 2021",
      "favorite_count": "34",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000269246",
      "id": "1300000000000269246",
      "full_text": "the sweet peas are thriving and honestly so am i",
      "lang": "en",
      "created_at": "Mon Jan 11 02:00:00 +0000 2021",
      "favorite_count": "29",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000277165",
      "id": "1300000000000277165",
      "full_text": "@birdnerd composting update: mysteriously purple. the worms are cheerful &amp; thriving",
      "lang": "en",
      "created_at": "Mon Jan 11 06:00:00 +0000 2021",
      "favorite_count": "58",
      "retweet_count": "18",
      "in_reply_to_status_id_str": "100000000608032821",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000285084",
      "id": "1300000000000285084",
      "full_text": "the runner beans are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Mon Jan 11 15:00:00 +0000 2021",
      "favorite_count": "80",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000293003",
      "id": "1300000000000293003",
      "full_text": "composting update: flowering early. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Tue Jan 12 01:00:00 +0000 2021",
      "favorite_count": "210",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000300922",
      "id": "1300000000000300922",
      "full_text": "ok",
      "lang": "en",
      "created_at": "Tue Jan 12 05:00:00 +0000 2021",
      "favorite_count": "492",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000308841",
      "id": "1300000000000308841",
      "full_text": "hot tip: save your seeds. your tomatoes will thank you",
      "lang": "en",
      "created_at": "Tue Jan 12 14:00:00 +0000 2021",
      "favorite_count": "266",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000316760",
      "id": "1300000000000316760",
      "full_text": "hot tip: water at dawn, not dusk. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Tue Jan 12 18:00:00 +0000 2021",
      "favorite_count": "318",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000324679",
      "id": "1300000000000324679",
      "full_text": "planted sunflowers in the greenhouse today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Wed Jan 13 03:00:00 +0000 2021",
      "favorite_count": "127",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000332598",
      "id": "1300000000000332598",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Wed Jan 13 09:00:00 +0000 2021",
      "favorite_count": "487",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000340517",
      "id": "1300000000000340517",
      "full_text": "hot tip: slugs hate copper tape. your runner beans will thank you",
      "lang": "en",
      "created_at": "Wed Jan 13 18:00:00 +0000 2021",
      "favorite_count": "48",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000348436",
      "id": "1300000000000348436",
      "full_text": "nobody warned me that courgettes would be this suspicious #gardening",
      "lang": "en",
      "created_at": "Wed Jan 13 20:00:00 +0000 2021",
      "favorite_count": "312",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000356355",
      "id": "1300000000000356355",
      "full_text": "nobody warned me that courgettes would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Thu Jan 14 05:00:00 +0000 2021",
      "favorite_count": "312",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000364274",
      "id": "1300000000000364274",
      "full_text": "if your sweet peas look leggy, save your seeds",
      "lang": "en",
      "created_at": "Thu Jan 14 10:00:00 +0000 2021",
      "favorite_count": "61",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000372193",
      "id": "1300000000000372193",
      "full_text": "composting update: sulking. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Thu Jan 14 20:00:00 +0000 2021",
      "favorite_count": "22",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000380112",
      "id": "1300000000000380112",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Fri Jan 15 05:00:00 +0000 2021",
      "favorite_count": "95",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000388031",
      "id": "1300000000000388031",
      "full_text": "@friend week six of the great tomatoes experiment: flowering early",
      "lang": "en",
      "created_at": "Fri Jan 15 09:00:00 +0000 2021",
      "favorite_count": "252",
      "retweet_count": "33",
      "in_reply_to_status_id_str": "100000000695014064",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000395950",
      "id": "1300000000000395950",
      "full_text": "composting update: sulking.\n\nthe worms are dramatic &amp; thriving",
      "lang": "en",
      "created_at": "Fri Jan 15 17:00:00 +0000 2021",
      "favorite_count": "348",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000403869",
      "id": "1300000000000403869",
      "full_text": "if your runner beans look dramatic, save your seeds",
      "lang": "en",
      "created_at": "Fri Jan 15 21:00:00 +0000 2021",
      "favorite_count": "93",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000411788",
      "id": "1300000000000411788",
      "full_text": "composting update: mysteriously purple.\n\nthe worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Sat Jan 16 06:00:00 +0000 2021",
      "favorite_count": "109",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000419707",
      "id": "1300000000000419707",
      "full_text": "the sweet peas are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Sat Jan 16 17:00:00 +0000 2021",
      "favorite_count": "475",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000427626",
      "id": "1300000000000427626",
      "full_text": "hot tip: water at dawn, not dusk. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Sat Jan 16 20:00:00 +0000 2021",
      "favorite_count": "408",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000435545",
      "id": "1300000000000435545",
      "full_text": "week six of the great kale experiment: taking over",
      "lang": "en",
      "created_at": "Sun Jan 17 02:00:00 +0000 2021",
      "favorite_count": "273",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000443464",
      "id": "1300000000000443464",
      "full_text": "@skywatcher the sweet peas are sulking and honestly so am i https://example.com/gardenista/56",
      "lang": "en",
      "created_at": "Sun Jan 17 13:00:00 +0000 2021",
      "favorite_count": "365",
      "retweet_count": "24",
      "in_reply_to_status_id_str": "100000000889151156",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000451383",
      "id": "1300000000000451383",
      "full_text": "@compost_queen hot tip: talk to the seedlings. your tomatoes will thank you https://example.com/gardenista/57",
      "lang": "en",
      "created_at": "Sun Jan 17 15:00:00 +0000 2021",
      "favorite_count": "253",
      "retweet_count": "26",
      "in_reply_to_status_id_str": "100000000707190937",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000459302",
      "id": "1300000000000459302",
      "full_text": "if your marigolds look cheerful, slugs hate copper tape",
      "lang": "en",
      "created_at": "Mon Jan 18 00:00:00 +0000 2021",
      "favorite_count": "113",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000467221",
      "id": "1300000000000467221",
      "full_text": "if your courgettes look unstoppable, never trust a warm week in april",
      "lang": "en",
      "created_at": "Mon Jan 18 05:00:00 +0000 2021",
      "favorite_count": "124",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000475140",
      "id": "1300000000000475140",
      "full_text": "nobody warned me that tomatoes would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Mon Jan 18 12:00:00 +0000 2021",
      "favorite_count": "489",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000483059",
      "id": "1300000000000483059",
      "full_text": "the sunflowers are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Mon Jan 18 21:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000490978",
      "id": "1300000000000490978",
      "full_text": "@friend composting update: taking over. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Tue Jan 19 07:00:00 +0000 2021",
      "favorite_count": "110",
      "retweet_count": "2",
      "in_reply_to_status_id_str": "100000000609582320",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000498897",
      "id": "1300000000000498897",
      "full_text": "hot tip: mulch everything. your courgettes will thank you",
      "lang": "en",
      "created_at": "Tue Jan 19 10:00:00 +0000 2021",
      "favorite_count": "305",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000506816",
      "id": "1300000000000506816",
      "full_text": "my allotment is now enormous with marigolds. save your seeds",
      "lang": "en",
      "created_at": "Tue Jan 19 17:00:00 +0000 2021",
      "favorite_count": "135",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000514735",
      "id": "1300000000000514735",
      "full_text": "my back border is now suspicious with tomatoes. save your seeds",
      "lang": "en",
      "created_at": "Wed Jan 20 02:00:00 +0000 2021",
      "favorite_count": "438",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000522654",
      "id": "1300000000000522654",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Wed Jan 20 11:00:00 +0000 2021",
      "favorite_count": "80",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000530573",
      "id": "1300000000000530573",
      "full_text": "week eight of the great sweet peas experiment: taking over",
      "lang": "en",
      "created_at": "Wed Jan 20 16:00:00 +0000 2021",
      "favorite_count": "46",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000538492",
      "id": "1300000000000538492",
      "full_text": "composting update: flowering early. the worms are suspicious &amp; thriving",
      "lang": "en",
      "created_at": "Wed Jan 20 21:00:00 +0000 2021",
      "favorite_count": "184",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000546411",
      "id": "1300000000000546411",
      "full_text": "planted tomatoes in the balcony today.\n\nask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Thu Jan 21 03:00:00 +0000 2021",
      "favorite_count": "242",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000554330",
      "id": "1300000000000554330",
      "full_text": "planted marigolds in the raised bed today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Thu Jan 21 11:00:00 +0000 2021",
      "favorite_count": "385",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000562249",
      "id": "1300000000000562249",
      "full_text": "the marigolds are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Thu Jan 21 22:00:00 +0000 2021",
      "favorite_count": "405",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000570168",
      "id": "1300000000000570168",
      "full_text": "week eight of the great kale experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Fri Jan 22 04:00:00 +0000 2021",
      "favorite_count": "407",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000578087",
      "id": "1300000000000578087",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Fri Jan 22 10:00:00 +0000 2021",
      "favorite_count": "264",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000586006",
      "id": "1300000000000586006",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Fri Jan 22 15:00:00 +0000 2021",
      "favorite_count": "0",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000593925",
      "id": "1300000000000593925",
      "full_text": "my allotment is now enormous with tomatoes. talk to the seedlings",
      "lang": "en",
      "created_at": "Fri Jan 22 21:00:00 +0000 2021",
      "favorite_count": "168",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000601844",
      "id": "1300000000000601844",
      "full_text": "hot tip: talk to the seedlings. your marigolds will thank you",
      "lang": "en",
      "created_at": "Sat Jan 23 10:00:00 +0000 2021",
      "favorite_count": "32",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000609763",
      "id": "1300000000000609763",
      "full_text": "@newsbot the sunflowers are mysteriously purple and honestly so am i",
      "lang": "en",
      "created_at": "Sat Jan 23 12:00:00 +0000 2021",
      "favorite_count": "218",
      "retweet_count": "31",
      "in_reply_to_status_id_str": "100000000316638976",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000617682",
      "id": "1300000000000617682",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Sat Jan 23 22:00:00 +0000 2021",
      "favorite_count": "354",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000625601",
      "id": "1300000000000625601",
      "full_text": "planted kale in the allotment today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sun Jan 24 02:00:00 +0000 2021",
      "favorite_count": "423",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000633520",
      "id": "1300000000000633520",
      "full_text": "week six of the great kale experiment: sulking",
      "lang": "en",
      "created_at": "Sun Jan 24 08:00:00 +0000 2021",
      "favorite_count": "70",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000641439",
      "id": "1300000000000641439",
      "full_text": "@skywatcher nobody warned me that marigolds would be this suspicious #gardening",
      "lang": "en",
      "created_at": "Sun Jan 24 17:00:00 +0000 2021",
      "favorite_count": "403",
      "retweet_count": "38",
      "in_reply_to_status_id_str": "100000000578944572",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000649358",
      "id": "1300000000000649358",
      "full_text": "my allotment is now suspicious with sunflowers. never trust a warm week in april https://example.com/gardenista/82",
      "lang": "en",
      "created_at": "Sun Jan 24 23:00:00 +0000 2021",
      "favorite_count": "424",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000657277",
      "id": "1300000000000657277",
      "full_text": "my raised bed is now enormous with sweet peas. slugs hate copper tape",
      "lang": "en",
      "created_at": "Mon Jan 25 06:00:00 +0000 2021",
      "favorite_count": "332",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000665196",
      "id": "1300000000000665196",
      "full_text": "week two of the great marigolds experiment: flowering early",
      "lang": "en",
      "created_at": "Mon Jan 25 15:00:00 +0000 2021",
      "favorite_count": "423",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000673115",
      "id": "1300000000000673115",
      "full_text": "week three of the great runner beans experiment: thriving",
      "lang": "en",
      "created_at": "Mon Jan 25 23:00:00 +0000 2021",
      "favorite_count": "257",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000681034",
      "id": "1300000000000681034",
      "full_text": "week three of the great sunflowers experiment: sulking https://example.com/gardenista/86",
      "lang": "en",
      "created_at": "Tue Jan 26 03:00:00 +0000 2021",
      "favorite_count": "23",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000688953",
      "id": "1300000000000688953",
      "full_text": "the tomatoes are flowering early and honestly so am i https://example.com/gardenista/87",
      "lang": "en",
      "created_at": "Tue Jan 26 09:00:00 +0000 2021",
      "favorite_count": "168",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000696872",
      "id": "1300000000000696872",
      "full_text": "planted runner beans in the greenhouse today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Tue Jan 26 19:00:00 +0000 2021",
      "favorite_count": "302",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000704791",
      "id": "1300000000000704791",
      "full_text": "my greenhouse is now leggy with runner beans.\n\nsave your seeds https://example.com/gardenista/89",
      "lang": "en",
      "created_at": "Wed Jan 27 01:00:00 +0000 2021",
      "favorite_count": "7",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000712710",
      "id": "1300000000000712710",
      "full_text": "ok",
      "lang": "en",
      "created_at": "Wed Jan 27 08:00:00 +0000 2021",
      "favorite_count": "177",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000720629",
      "id": "1300000000000720629",
      "full_text": "hot tip: never trust a warm week in april. your tomatoes will thank you",
      "lang": "en",
      "created_at": "Wed Jan 27 19:00:00 +0000 2021",
      "favorite_count": "28",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000728548",
      "id": "1300000000000728548",
      "full_text": "composting update: thriving. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Thu Jan 28 02:00:00 +0000 2021",
      "favorite_count": "368",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000736467",
      "id": "1300000000000736467",
      "full_text": "planted marigolds in the allotment today. ask me again in two weeks how that went https://example.com/gardenista/93",
      "lang": "en",
      "created_at": "Thu Jan 28 03:00:00 +0000 2021",
      "favorite_count": "147",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000744386",
      "id": "1300000000000744386",
      "full_text": "RT @skywatcher: nobody warned me that sunflowers would be this suspicious #gardening",
      "lang": "en",
      "created_at": "Thu Jan 28 14:00:00 +0000 2021",
      "favorite_count": "337",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000752305",
      "id": "1300000000000752305",
      "full_text": "@skywatcher my allotment is now unstoppable with courgettes. save your seeds",
      "lang": "en",
      "created_at": "Thu Jan 28 23:00:00 +0000 2021",
      "favorite_count": "433",
      "retweet_count": "23",
      "in_reply_to_status_id_str": "100000000774963237",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000760224",
      "id": "1300000000000760224",
      "full_text": "the tomatoes are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Fri Jan 29 00:00:00 +0000 2021",
      "favorite_count": "218",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000768143",
      "id": "1300000000000768143",
      "full_text": "RT @friend: the marigolds are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Fri Jan 29 10:00:00 +0000 2021",
      "favorite_count": "431",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000776062",
      "id": "1300000000000776062",
      "full_text": "RT @birdnerd: week six of the great runner beans experiment: sulking",
      "lang": "en",
      "created_at": "Fri Jan 29 20:00:00 +0000 2021",
      "favorite_count": "221",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000783981",
      "id": "1300000000000783981",
      "full_text": "composting update: mysteriously purple.\n\nthe worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Fri Jan 29 21:00:00 +0000 2021",
      "favorite_count": "105",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000791900",
      "id": "1300000000000791900",
      "full_text": "planted kale in the balcony today. ask me again in six weeks how that went https://example.com/gardenista/100",
      "lang": "en",
      "created_at": "Sat Jan 30 09:00:00 +0000 2021",
      "favorite_count": "239",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000799819",
      "id": "1300000000000799819",
      "full_text": "planted courgettes in the allotment today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sat Jan 30 15:00:00 +0000 2021",
      "favorite_count": "145",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000807738",
      "id": "1300000000000807738",
      "full_text": "composting update: mysteriously purple. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Sat Jan 30 21:00:00 +0000 2021",
      "favorite_count": "398",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000815657",
      "id": "1300000000000815657",
      "full_text": "@birdnerd planted courgettes in the allotment today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Sun Jan 31 06:00:00 +0000 2021",
      "favorite_count": "323",
      "retweet_count": "12",
      "in_reply_to_status_id_str": "100000000115043384",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000823576",
      "id": "1300000000000823576",
      "full_text": "composting update: mysteriously purple. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Sun Jan 31 11:00:00 +0000 2021",
      "favorite_count": "86",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000831495",
      "id": "1300000000000831495",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Sun Jan 31 17:00:00 +0000 2021",
      "favorite_count": "468",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000839414",
      "id": "1300000000000839414",
      "full_text": "if your kale look leggy, save your seeds",
      "lang": "en",
      "created_at": "Sun Jan 31 23:00:00 +0000 2021",
      "favorite_count": "228",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000847333",
      "id": "1300000000000847333",
      "full_text": "hot tip: talk to the seedlings. your tomatoes will thank you",
      "lang": "en",
      "created_at": "Mon Feb 01 11:00:00 +0000 2021",
      "favorite_count": "201",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000855252",
      "id": "1300000000000855252",
      "full_text": "week eight of the great courgettes experiment: sulking https://example.com/gardenista/108",
      "lang": "en",
      "created_at": "Mon Feb 01 16:00:00 +0000 2021",
      "favorite_count": "32",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000863171",
      "id": "1300000000000863171",
      "full_text": "if your kale look leggy, slugs hate copper tape",
      "lang": "en",
      "created_at": "Mon Feb 01 20:00:00 +0000 2021",
      "favorite_count": "418",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000871090",
      "id": "1300000000000871090",
      "full_text": "composting update: sulking. the worms are dramatic &amp; thriving",
      "lang": "en",
      "created_at": "Tue Feb 02 06:00:00 +0000 2021",
      "favorite_count": "496",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000879009",
      "id": "1300000000000879009",
      "full_text": "RT @compost_queen: planted sweet peas in the balcony today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Tue Feb 02 09:00:00 +0000 2021",
      "favorite_count": "187",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000886928",
      "id": "1300000000000886928",
      "full_text": "the marigolds are thriving and honestly so am i",
      "lang": "en",
      "created_at": "Tue Feb 02 19:00:00 +0000 2021",
      "favorite_count": "95",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000894847",
      "id": "1300000000000894847",
      "full_text": "if your kale look cheerful, mulch everything",
      "lang": "en",
      "created_at": "Wed Feb 03 05:00:00 +0000 2021",
      "favorite_count": "389",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000902766",
      "id": "1300000000000902766",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Wed Feb 03 09:00:00 +0000 2021",
      "favorite_count": "221",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000910685",
      "id": "1300000000000910685",
      "full_text": "if your courgettes look suspicious, slugs hate copper tape",
      "lang": "en",
      "created_at": "Wed Feb 03 13:00:00 +0000 2021",
      "favorite_count": "332",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000918604",
      "id": "1300000000000918604",
      "full_text": "the marigolds are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Thu Feb 04 02:00:00 +0000 2021",
      "favorite_count": "305",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000926523",
      "id": "1300000000000926523",
      "full_text": "@friend planted marigolds in the windowsill today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Thu Feb 04 04:00:00 +0000 2021",
      "favorite_count": "126",
      "retweet_count": "25",
      "in_reply_to_status_id_str": "100000000049527128",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000934442",
      "id": "1300000000000934442",
      "full_text": "my greenhouse is now leggy with kale. mulch everything",
      "lang": "en",
      "created_at": "Thu Feb 04 14:00:00 +0000 2021",
      "favorite_count": "360",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000942361",
      "id": "1300000000000942361",
      "full_text": "@newsbot hot tip: water at dawn, not dusk. your kale will thank you",
      "lang": "en",
      "created_at": "Thu Feb 04 19:00:00 +0000 2021",
      "favorite_count": "233",
      "retweet_count": "0",
      "in_reply_to_status_id_str": "100000000622247182",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000950280",
      "id": "1300000000000950280",
      "full_text": "the tomatoes are mysteriously purple and honestly so am i",
      "lang": "en",
      "created_at": "Fri Feb 05 06:00:00 +0000 2021",
      "favorite_count": "189",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000958199",
      "id": "1300000000000958199",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Fri Feb 05 13:00:00 +0000 2021",
      "favorite_count": "314",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000966118",
      "id": "1300000000000966118",
      "full_text": "composting update: sulking. the worms are suspicious &amp; thriving",
      "lang": "en",
      "created_at": "Fri Feb 05 14:00:00 +0000 2021",
      "favorite_count": "10",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000974037",
      "id": "1300000000000974037",
      "full_text": "nobody warned me that tomatoes would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Sat Feb 06 02:00:00 +0000 2021",
      "favorite_count": "107",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000981956",
      "id": "1300000000000981956",
      "full_text": "planted kale in the windowsill today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Sat Feb 06 10:00:00 +0000 2021",
      "favorite_count": "2",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000989875",
      "id": "1300000000000989875",
      "full_text": "hot tip: talk to the seedlings. your sweet peas will thank you https://example.com/gardenista/125",
      "lang": "en",
      "created_at": "Sat Feb 06 13:00:00 +0000 2021",
      "favorite_count": "173",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000000997794",
      "id": "1300000000000997794",
      "full_text": "@compost_queen hot tip: talk to the seedlings. your sweet peas will thank you",
      "lang": "en",
      "created_at": "Sat Feb 06 19:00:00 +0000 2021",
      "favorite_count": "444",
      "retweet_count": "28",
      "in_reply_to_status_id_str": "100000000323978805",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001005713",
      "id": "1300000000001005713",
      "full_text": "hot tip: mulch everything. your runner beans will thank you https://example.com/gardenista/127",
      "lang": "en",
      "created_at": "Sun Feb 07 07:00:00 +0000 2021",
      "favorite_count": "45",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001013632",
      "id": "1300000000001013632",
      "full_text": "the courgettes are mysteriously purple and honestly so am i https://example.com/gardenista/128",
      "lang": "en",
      "created_at": "Sun Feb 07 12:00:00 +0000 2021",
      "favorite_count": "408",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001021551",
      "id": "1300000000001021551",
      "full_text": "composting update: sulking. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Sun Feb 07 21:00:00 +0000 2021",
      "favorite_count": "385",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001029470",
      "id": "1300000000001029470",
      "full_text": "my greenhouse is now dramatic with runner beans. never trust a warm week in april",
      "lang": "en",
      "created_at": "Mon Feb 08 00:00:00 +0000 2021",
      "favorite_count": "251",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001037389",
      "id": "1300000000001037389",
      "full_text": "ok",
      "lang": "en",
      "created_at": "Mon Feb 08 08:00:00 +0000 2021",
      "favorite_count": "455",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001045308",
      "id": "1300000000001045308",
      "full_text": "nobody warned me that kale would be this enormous #gardening",
      "lang": "en",
      "created_at": "Mon Feb 08 17:00:00 +0000 2021",
      "favorite_count": "16",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001053227",
      "id": "1300000000001053227",
      "full_text": "hot tip: mulch everything. your courgettes will thank you https://example.com/gardenista/133",
      "lang": "en",
      "created_at": "Mon Feb 08 19:00:00 +0000 2021",
      "favorite_count": "316",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001061146",
      "id": "1300000000001061146",
      "full_text": "planted sweet peas in the allotment today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Tue Feb 09 05:00:00 +0000 2021",
      "favorite_count": "130",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001069065",
      "id": "1300000000001069065",
      "full_text": "nobody warned me that marigolds would be this unstoppable #gardening",
      "lang": "en",
      "created_at": "Tue Feb 09 12:00:00 +0000 2021",
      "favorite_count": "174",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001076984",
      "id": "1300000000001076984",
      "full_text": "composting update: flowering early. the worms are cheerful &amp; thriving https://example.com/gardenista/136",
      "lang": "en",
      "created_at": "Tue Feb 09 16:00:00 +0000 2021",
      "favorite_count": "28",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001084903",
      "id": "1300000000001084903",
      "full_text": "the kale are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Wed Feb 10 03:00:00 +0000 2021",
      "favorite_count": "105",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001092822",
      "id": "1300000000001092822",
      "full_text": "if your courgettes look unstoppable, talk to the seedlings https://example.com/gardenista/138",
      "lang": "en",
      "created_at": "Wed Feb 10 10:00:00 +0000 2021",
      "favorite_count": "261",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001100741",
      "id": "1300000000001100741",
      "full_text": "hot tip: save your seeds. your sunflowers will thank you https://example.com/gardenista/139",
      "lang": "en",
      "created_at": "Wed Feb 10 15:00:00 +0000 2021",
      "favorite_count": "115",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001108660",
      "id": "1300000000001108660",
      "full_text": "composting update: taking over. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Thu Feb 11 00:00:00 +0000 2021",
      "favorite_count": "357",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001116579",
      "id": "1300000000001116579",
      "full_text": "lol",
      "lang": "en",
      "created_at": "Thu Feb 11 05:00:00 +0000 2021",
      "favorite_count": "114",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001124498",
      "id": "1300000000001124498",
      "full_text": "hot tip: never trust a warm week in april. your kale will thank you",
      "lang": "en",
      "created_at": "Thu Feb 11 13:00:00 +0000 2021",
      "favorite_count": "223",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001132417",
      "id": "1300000000001132417",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Thu Feb 11 23:00:00 +0000 2021",
      "favorite_count": "354",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001140336",
      "id": "1300000000001140336",
      "full_text": "@compost_queen week three of the great sweet peas experiment: taking over https://example.com/gardenista/144",
      "lang": "en",
      "created_at": "Fri Feb 12 00:00:00 +0000 2021",
      "favorite_count": "137",
      "retweet_count": "2",
      "in_reply_to_status_id_str": "100000000525116284",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001148255",
      "id": "1300000000001148255",
      "full_text": "@skywatcher if your sunflowers look enormous, mulch everything",
      "lang": "en",
      "created_at": "Fri Feb 12 10:00:00 +0000 2021",
      "favorite_count": "157",
      "retweet_count": "7",
      "in_reply_to_status_id_str": "100000000905124459",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001156174",
      "id": "1300000000001156174",
      "full_text": "nobody warned me that kale would be this enormous #gardening",
      "lang": "en",
      "created_at": "Fri Feb 12 19:00:00 +0000 2021",
      "favorite_count": "332",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001164093",
      "id": "1300000000001164093",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Sat Feb 13 02:00:00 +0000 2021",
      "favorite_count": "292",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001172012",
      "id": "1300000000001172012",
      "full_text": "planted tomatoes in the greenhouse today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Sat Feb 13 08:00:00 +0000 2021",
      "favorite_count": "471",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001179931",
      "id": "1300000000001179931",
      "full_text": "if your courgettes look cheerful, save your seeds",
      "lang": "en",
      "created_at": "Sat Feb 13 15:00:00 +0000 2021",
      "favorite_count": "398",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001187850",
      "id": "1300000000001187850",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Sat Feb 13 22:00:00 +0000 2021",
      "favorite_count": "94",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001195769",
      "id": "1300000000001195769",
      "full_text": "the tomatoes are mysteriously purple and honestly so am i https://example.com/gardenista/151",
      "lang": "en",
      "created_at": "Sun Feb 14 03:00:00 +0000 2021",
      "favorite_count": "41",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001203688",
      "id": "1300000000001203688",
      "full_text": "@friend hot tip: save your seeds. your sweet peas will thank you",
      "lang": "en",
      "created_at": "Sun Feb 14 11:00:00 +0000 2021",
      "favorite_count": "23",
      "retweet_count": "21",
      "in_reply_to_status_id_str": "100000000342495132",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001211607",
      "id": "1300000000001211607",
      "full_text": "if your runner beans look suspicious, save your seeds",
      "lang": "en",
      "created_at": "Sun Feb 14 17:00:00 +0000 2021",
      "favorite_count": "372",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001219526",
      "id": "1300000000001219526",
      "full_text": "if your sunflowers look leggy, mulch everything",
      "lang": "en",
      "created_at": "Mon Feb 15 02:00:00 +0000 2021",
      "favorite_count": "184",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001227445",
      "id": "1300000000001227445",
      "full_text": "composting update: sulking. the worms are enormous &amp; thriving",
      "lang": "en",
      "created_at": "Mon Feb 15 08:00:00 +0000 2021",
      "favorite_count": "307",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001235364",
      "id": "1300000000001235364",
      "full_text": "week three of the great kale experiment: sulking",
      "lang": "en",
      "created_at": "Mon Feb 15 13:00:00 +0000 2021",
      "favorite_count": "217",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001243283",
      "id": "1300000000001243283",
      "full_text": "planted kale in the greenhouse today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Mon Feb 15 19:00:00 +0000 2021",
      "favorite_count": "330",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001251202",
      "id": "1300000000001251202",
      "full_text": "if your courgettes look enormous, never trust a warm week in april",
      "lang": "en",
      "created_at": "Tue Feb 16 07:00:00 +0000 2021",
      "favorite_count": "434",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001259121",
      "id": "1300000000001259121",
      "full_text": "ok",
      "lang": "en",
      "created_at": "Tue Feb 16 09:00:00 +0000 2021",
      "favorite_count": "75",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001267040",
      "id": "1300000000001267040",
      "full_text": "if your runner beans look unstoppable, mulch everything",
      "lang": "en",
      "created_at": "Tue Feb 16 16:00:00 +0000 2021",
      "favorite_count": "218",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001274959",
      "id": "1300000000001274959",
      "full_text": "composting update: sulking. the worms are enormous &amp; thriving",
      "lang": "en",
      "created_at": "Wed Feb 17 04:00:00 +0000 2021",
      "favorite_count": "233",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001282878",
      "id": "1300000000001282878",
      "full_text": "week two of the great marigolds experiment: flowering early",
      "lang": "en",
      "created_at": "Wed Feb 17 12:00:00 +0000 2021",
      "favorite_count": "404",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001290797",
      "id": "1300000000001290797",
      "full_text": "week two of the great runner beans experiment: sulking",
      "lang": "en",
      "created_at": "Wed Feb 17 13:00:00 +0000 2021",
      "favorite_count": "69",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001298716",
      "id": "1300000000001298716",
      "full_text": "the sweet peas are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Thu Feb 18 01:00:00 +0000 2021",
      "favorite_count": "396",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001306635",
      "id": "1300000000001306635",
      "full_text": "composting update: mysteriously purple. the worms are dramatic &amp; thriving",
      "lang": "en",
      "created_at": "Thu Feb 18 04:00:00 +0000 2021",
      "favorite_count": "183",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001314554",
      "id": "1300000000001314554",
      "full_text": "the runner beans are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Thu Feb 18 13:00:00 +0000 2021",
      "favorite_count": "32",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001322473",
      "id": "1300000000001322473",
      "full_text": "planted runner beans in the balcony today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Thu Feb 18 23:00:00 +0000 2021",
      "favorite_count": "198",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001330392",
      "id": "1300000000001330392",
      "full_text": "my allotment is now dramatic with sunflowers. mulch everything",
      "lang": "en",
      "created_at": "Fri Feb 19 03:00:00 +0000 2021",
      "favorite_count": "271",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001338311",
      "id": "1300000000001338311",
      "full_text": "week eight of the great kale experiment: sulking",
      "lang": "en",
      "created_at": "Fri Feb 19 12:00:00 +0000 2021",
      "favorite_count": "465",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001346230",
      "id": "1300000000001346230",
      "full_text": "my balcony is now dramatic with kale. mulch everything",
      "lang": "en",
      "created_at": "Fri Feb 19 17:00:00 +0000 2021",
      "favorite_count": "400",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001354149",
      "id": "1300000000001354149",
      "full_text": "if your runner beans look unstoppable, water at dawn, not dusk https://example.com/gardenista/171",
      "lang": "en",
      "created_at": "Sat Feb 20 02:00:00 +0000 2021",
      "favorite_count": "256",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001362068",
      "id": "1300000000001362068",
      "full_text": "hot tip: never trust a warm week in april. your sweet peas will thank you",
      "lang": "en",
      "created_at": "Sat Feb 20 05:00:00 +0000 2021",
      "favorite_count": "185",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001369987",
      "id": "1300000000001369987",
      "full_text": "nobody warned me that sunflowers would be this cheerful #gardening https://example.com/gardenista/173",
      "lang": "en",
      "created_at": "Sat Feb 20 16:00:00 +0000 2021",
      "favorite_count": "66",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001377906",
      "id": "1300000000001377906",
      "full_text": "RT @compost_queen: planted sweet peas in the back border today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sun Feb 21 00:00:00 +0000 2021",
      "favorite_count": "398",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001385825",
      "id": "1300000000001385825",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Sun Feb 21 06:00:00 +0000 2021",
      "favorite_count": "19",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001393744",
      "id": "1300000000001393744",
      "full_text": "hot tip: mulch everything. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Sun Feb 21 14:00:00 +0000 2021",
      "favorite_count": "120",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001401663",
      "id": "1300000000001401663",
      "full_text": "nobody warned me that courgettes would be this cheerful #gardening",
      "lang": "en",
      "created_at": "Sun Feb 21 17:00:00 +0000 2021",
      "favorite_count": "326",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001409582",
      "id": "1300000000001409582",
      "full_text": "my balcony is now cheerful with runner beans. water at dawn, not dusk",
      "lang": "en",
      "created_at": "Mon Feb 22 04:00:00 +0000 2021",
      "favorite_count": "23",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001417501",
      "id": "1300000000001417501",
      "full_text": "RT @friend: composting update: mysteriously purple. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Mon Feb 22 06:00:00 +0000 2021",
      "favorite_count": "417",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001425420",
      "id": "1300000000001425420",
      "full_text": "if your tomatoes look suspicious, never trust a warm week in april",
      "lang": "en",
      "created_at": "Mon Feb 22 17:00:00 +0000 2021",
      "favorite_count": "37",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001433339",
      "id": "1300000000001433339",
      "full_text": "nobody warned me that kale would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Tue Feb 23 00:00:00 +0000 2021",
      "favorite_count": "176",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001441258",
      "id": "1300000000001441258",
      "full_text": "my greenhouse is now suspicious with sweet peas. water at dawn, not dusk",
      "lang": "en",
      "created_at": "Tue Feb 23 03:00:00 +0000 2021",
      "favorite_count": "68",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001449177",
      "id": "1300000000001449177",
      "full_text": "if your runner beans look dramatic, save your seeds",
      "lang": "en",
      "created_at": "Tue Feb 23 11:00:00 +0000 2021",
      "favorite_count": "107",
      "retweet_count": "29"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001457096",
      "id": "1300000000001457096",
      "full_text": "hot tip: talk to the seedlings. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Tue Feb 23 22:00:00 +0000 2021",
      "favorite_count": "30",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001465015",
      "id": "1300000000001465015",
      "full_text": "RT @skywatcher: my greenhouse is now unstoppable with courgettes. never trust a warm week in april",
      "lang": "en",
      "created_at": "Wed Feb 24 04:00:00 +0000 2021",
      "favorite_count": "260",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001472934",
      "id": "1300000000001472934",
      "full_text": "my windowsill is now leggy with courgettes. save your seeds https://example.com/gardenista/186",
      "lang": "en",
      "created_at": "Wed Feb 24 10:00:00 +0000 2021",
      "favorite_count": "284",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001480853",
      "id": "1300000000001480853",
      "full_text": "planted marigolds in the greenhouse today. ask me again in six weeks how that went https://example.com/gardenista/187",
      "lang": "en",
      "created_at": "Wed Feb 24 19:00:00 +0000 2021",
      "favorite_count": "185",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001488772",
      "id": "1300000000001488772",
      "full_text": "hot tip: never trust a warm week in april. your sweet peas will thank you",
      "lang": "en",
      "created_at": "Wed Feb 24 23:00:00 +0000 2021",
      "favorite_count": "83",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001496691",
      "id": "1300000000001496691",
      "full_text": "nobody warned me that sunflowers would be this suspicious #gardening https://example.com/gardenista/189",
      "lang": "en",
      "created_at": "Thu Feb 25 06:00:00 +0000 2021",
      "favorite_count": "404",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001504610",
      "id": "1300000000001504610",
      "full_text": "week six of the great tomatoes experiment: flowering early https://example.com/gardenista/190",
      "lang": "en",
      "created_at": "Thu Feb 25 16:00:00 +0000 2021",
      "favorite_count": "238",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001512529",
      "id": "1300000000001512529",
      "full_text": "nobody warned me that sunflowers would be this enormous #gardening",
      "lang": "en",
      "created_at": "Thu Feb 25 20:00:00 +0000 2021",
      "favorite_count": "207",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001520448",
      "id": "1300000000001520448",
      "full_text": "RT @newsbot: my greenhouse is now cheerful with marigolds. slugs hate copper tape",
      "lang": "en",
      "created_at": "Fri Feb 26 05:00:00 +0000 2021",
      "favorite_count": "372",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001528367",
      "id": "1300000000001528367",
      "full_text": "the sweet peas are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Fri Feb 26 13:00:00 +0000 2021",
      "favorite_count": "309",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001536286",
      "id": "1300000000001536286",
      "full_text": "composting update: mysteriously purple. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Fri Feb 26 18:00:00 +0000 2021",
      "favorite_count": "432",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001544205",
      "id": "1300000000001544205",
      "full_text": "nobody warned me that kale would be this unstoppable #gardening",
      "lang": "en",
      "created_at": "Fri Feb 26 23:00:00 +0000 2021",
      "favorite_count": "472",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001552124",
      "id": "1300000000001552124",
      "full_text": "nobody warned me that kale would be this enormous #gardening",
      "lang": "en",
      "created_at": "Sat Feb 27 08:00:00 +0000 2021",
      "favorite_count": "437",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001560043",
      "id": "1300000000001560043",
      "full_text": "my windowsill is now dramatic with tomatoes. slugs hate copper tape",
      "lang": "en",
      "created_at": "Sat Feb 27 13:00:00 +0000 2021",
      "favorite_count": "316",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001567962",
      "id": "1300000000001567962",
      "full_text": "the tomatoes are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Sat Feb 27 23:00:00 +0000 2021",
      "favorite_count": "186",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001575881",
      "id": "1300000000001575881",
      "full_text": "RT @compost_queen: if your runner beans look enormous, never trust a warm week in april",
      "lang": "en",
      "created_at": "Sun Feb 28 07:00:00 +0000 2021",
      "favorite_count": "350",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001583800",
      "id": "1300000000001583800",
      "full_text": "my greenhouse is now suspicious with sunflowers. water at dawn, not dusk",
      "lang": "en",
      "created_at": "Sun Feb 28 14:00:00 +0000 2021",
      "favorite_count": "413",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001591719",
      "id": "1300000000001591719",
      "full_text": "hot tip: never trust a warm week in april. your marigolds will thank you",
      "lang": "en",
      "created_at": "Sun Feb 28 20:00:00 +0000 2021",
      "favorite_count": "245",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001599638",
      "id": "1300000000001599638",
      "full_text": "ok",
      "lang": "en",
      "created_at": "Mon Mar 01 01:00:00 +0000 2021",
      "favorite_count": "228",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001607557",
      "id": "1300000000001607557",
      "full_text": "week six of the great courgettes experiment: thriving",
      "lang": "en",
      "created_at": "Mon Mar 01 07:00:00 +0000 2021",
      "favorite_count": "469",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001615476",
      "id": "1300000000001615476",
      "full_text": "hot tip: slugs hate copper tape. your courgettes will thank you https://example.com/gardenista/204",
      "lang": "en",
      "created_at": "Mon Mar 01 15:00:00 +0000 2021",
      "favorite_count": "177",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001623395",
      "id": "1300000000001623395",
      "full_text": "RT @skywatcher: nobody warned me that courgettes would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Mon Mar 01 20:00:00 +0000 2021",
      "favorite_count": "247",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001631314",
      "id": "1300000000001631314",
      "full_text": "if your runner beans look leggy, save your seeds",
      "lang": "en",
      "created_at": "Tue Mar 02 05:00:00 +0000 2021",
      "favorite_count": "235",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001639233",
      "id": "1300000000001639233",
      "full_text": "RT @newsbot: hot tip: slugs hate copper tape. your marigolds will thank you",
      "lang": "en",
      "created_at": "Tue Mar 02 15:00:00 +0000 2021",
      "favorite_count": "114",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001647152",
      "id": "1300000000001647152",
      "full_text": "the marigolds are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Tue Mar 02 18:00:00 +0000 2021",
      "favorite_count": "143",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001655071",
      "id": "1300000000001655071",
      "full_text": "@skywatcher if your kale look suspicious, slugs hate copper tape",
      "lang": "en",
      "created_at": "Wed Mar 03 05:00:00 +0000 2021",
      "favorite_count": "52",
      "retweet_count": "45",
      "in_reply_to_status_id_str": "100000000724328249",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001662990",
      "id": "1300000000001662990",
      "full_text": "if your sweet peas look leggy, talk to the seedlings",
      "lang": "en",
      "created_at": "Wed Mar 03 11:00:00 +0000 2021",
      "favorite_count": "80",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001670909",
      "id": "1300000000001670909",
      "full_text": "nobody warned me that runner beans would be this unstoppable #gardening",
      "lang": "en",
      "created_at": "Wed Mar 03 14:00:00 +0000 2021",
      "favorite_count": "281",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001678828",
      "id": "1300000000001678828",
      "full_text": "planted sunflowers in the greenhouse today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Thu Mar 04 00:00:00 +0000 2021",
      "favorite_count": "377",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001686747",
      "id": "1300000000001686747",
      "full_text": "composting update: mysteriously purple. the worms are enormous &amp; thriving https://example.com/gardenista/213",
      "lang": "en",
      "created_at": "Thu Mar 04 03:00:00 +0000 2021",
      "favorite_count": "428",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001694666",
      "id": "1300000000001694666",
      "full_text": "week six of the great sunflowers experiment: taking over",
      "lang": "en",
      "created_at": "Thu Mar 04 15:00:00 +0000 2021",
      "favorite_count": "393",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001702585",
      "id": "1300000000001702585",
      "full_text": "hot tip: mulch everything. your courgettes will thank you",
      "lang": "en",
      "created_at": "Thu Mar 04 23:00:00 +0000 2021",
      "favorite_count": "470",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001710504",
      "id": "1300000000001710504",
      "full_text": "hot tip: talk to the seedlings. your tomatoes will thank you",
      "lang": "en",
      "created_at": "Fri Mar 05 02:00:00 +0000 2021",
      "favorite_count": "396",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001718423",
      "id": "1300000000001718423",
      "full_text": "if your tomatoes look cheerful, mulch everything https://example.com/gardenista/217",
      "lang": "en",
      "created_at": "Fri Mar 05 08:00:00 +0000 2021",
      "favorite_count": "41",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001726342",
      "id": "1300000000001726342",
      "full_text": "composting update: taking over. the worms are dramatic &amp; thriving",
      "lang": "en",
      "created_at": "Fri Mar 05 15:00:00 +0000 2021",
      "favorite_count": "471",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001734261",
      "id": "1300000000001734261",
      "full_text": "hot tip: talk to the seedlings. your tomatoes will thank you https://example.com/gardenista/219",
      "lang": "en",
      "created_at": "Sat Mar 06 01:00:00 +0000 2021",
      "favorite_count": "38",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001742180",
      "id": "1300000000001742180",
      "full_text": "lol",
      "lang": "en",
      "created_at": "Sat Mar 06 04:00:00 +0000 2021",
      "favorite_count": "35",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001750099",
      "id": "1300000000001750099",
      "full_text": "week three of the great runner beans experiment: taking over",
      "lang": "en",
      "created_at": "Sat Mar 06 11:00:00 +0000 2021",
      "favorite_count": "32",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001758018",
      "id": "1300000000001758018",
      "full_text": "the marigolds are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Sat Mar 06 23:00:00 +0000 2021",
      "favorite_count": "48",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001765937",
      "id": "1300000000001765937",
      "full_text": "week eight of the great kale experiment: thriving",
      "lang": "en",
      "created_at": "Sun Mar 07 07:00:00 +0000 2021",
      "favorite_count": "273",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001773856",
      "id": "1300000000001773856",
      "full_text": "@birdnerd nobody warned me that tomatoes would be this suspicious #gardening",
      "lang": "en",
      "created_at": "Sun Mar 07 12:00:00 +0000 2021",
      "favorite_count": "370",
      "retweet_count": "43",
      "in_reply_to_status_id_str": "100000000994121541",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001781775",
      "id": "1300000000001781775",
      "full_text": "planted runner beans in the back border today. ask me again in eight weeks how that went https://example.com/gardenista/225",
      "lang": "en",
      "created_at": "Sun Mar 07 16:00:00 +0000 2021",
      "favorite_count": "493",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001789694",
      "id": "1300000000001789694",
      "full_text": "planted marigolds in the balcony today. ask me again in three weeks how that went https://example.com/gardenista/226",
      "lang": "en",
      "created_at": "Mon Mar 08 00:00:00 +0000 2021",
      "favorite_count": "375",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001797613",
      "id": "1300000000001797613",
      "full_text": "nobody warned me that kale would be this leggy #gardening",
      "lang": "en",
      "created_at": "Mon Mar 08 05:00:00 +0000 2021",
      "favorite_count": "56",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001805532",
      "id": "1300000000001805532",
      "full_text": "nobody warned me that sweet peas would be this unstoppable #gardening",
      "lang": "en",
      "created_at": "Mon Mar 08 18:00:00 +0000 2021",
      "favorite_count": "355",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001813451",
      "id": "1300000000001813451",
      "full_text": "the marigolds are mysteriously purple and honestly so am i",
      "lang": "en",
      "created_at": "Mon Mar 08 21:00:00 +0000 2021",
      "favorite_count": "449",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001821370",
      "id": "1300000000001821370",
      "full_text": "RT @newsbot: my greenhouse is now leggy with marigolds. never trust a warm week in april",
      "lang": "en",
      "created_at": "Tue Mar 09 07:00:00 +0000 2021",
      "favorite_count": "443",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001829289",
      "id": "1300000000001829289",
      "full_text": "the kale are mysteriously purple and honestly so am i https://example.com/gardenista/231",
      "lang": "en",
      "created_at": "Tue Mar 09 10:00:00 +0000 2021",
      "favorite_count": "31",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001837208",
      "id": "1300000000001837208",
      "full_text": "planted courgettes in the balcony today. ask me again in two weeks how that went https://example.com/gardenista/232",
      "lang": "en",
      "created_at": "Tue Mar 09 18:00:00 +0000 2021",
      "favorite_count": "281",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001845127",
      "id": "1300000000001845127",
      "full_text": "the sweet peas are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Tue Mar 09 23:00:00 +0000 2021",
      "favorite_count": "172",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001853046",
      "id": "1300000000001853046",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Wed Mar 10 06:00:00 +0000 2021",
      "favorite_count": "250",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001860965",
      "id": "1300000000001860965",
      "full_text": "nobody warned me that runner beans would be this leggy #gardening https://example.com/gardenista/235",
      "lang": "en",
      "created_at": "Wed Mar 10 17:00:00 +0000 2021",
      "favorite_count": "489",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001868884",
      "id": "1300000000001868884",
      "full_text": "hot tip: never trust a warm week in april. your courgettes will thank you",
      "lang": "en",
      "created_at": "Thu Mar 11 02:00:00 +0000 2021",
      "favorite_count": "289",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001876803",
      "id": "1300000000001876803",
      "full_text": "if your marigolds look dramatic, mulch everything",
      "lang": "en",
      "created_at": "Thu Mar 11 09:00:00 +0000 2021",
      "favorite_count": "306",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001884722",
      "id": "1300000000001884722",
      "full_text": "@skywatcher hot tip: slugs hate copper tape. your courgettes will thank you",
      "lang": "en",
      "created_at": "Thu Mar 11 16:00:00 +0000 2021",
      "favorite_count": "402",
      "retweet_count": "44",
      "in_reply_to_status_id_str": "100000000544408236",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001892641",
      "id": "1300000000001892641",
      "full_text": "planted marigolds in the greenhouse today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Thu Mar 11 23:00:00 +0000 2021",
      "favorite_count": "256",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001900560",
      "id": "1300000000001900560",
      "full_text": "week eight of the great marigolds experiment: sulking",
      "lang": "en",
      "created_at": "Fri Mar 12 01:00:00 +0000 2021",
      "favorite_count": "152",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001908479",
      "id": "1300000000001908479",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Fri Mar 12 13:00:00 +0000 2021",
      "favorite_count": "238",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001916398",
      "id": "1300000000001916398",
      "full_text": "@newsbot week three of the great marigolds experiment: sulking",
      "lang": "en",
      "created_at": "Fri Mar 12 15:00:00 +0000 2021",
      "favorite_count": "284",
      "retweet_count": "17",
      "in_reply_to_status_id_str": "100000000337920394",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001924317",
      "id": "1300000000001924317",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Fri Mar 12 22:00:00 +0000 2021",
      "favorite_count": "271",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001932236",
      "id": "1300000000001932236",
      "full_text": "the marigolds are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Sat Mar 13 05:00:00 +0000 2021",
      "favorite_count": "391",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001940155",
      "id": "1300000000001940155",
      "full_text": "hot tip: talk to the seedlings. your courgettes will thank you",
      "lang": "en",
      "created_at": "Sat Mar 13 15:00:00 +0000 2021",
      "favorite_count": "155",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001948074",
      "id": "1300000000001948074",
      "full_text": "hot tip: slugs hate copper tape. your runner beans will thank you",
      "lang": "en",
      "created_at": "Sat Mar 13 23:00:00 +0000 2021",
      "favorite_count": "277",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001955993",
      "id": "1300000000001955993",
      "full_text": "the runner beans are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Sun Mar 14 03:00:00 +0000 2021",
      "favorite_count": "428",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001963912",
      "id": "1300000000001963912",
      "full_text": "week three of the great tomatoes experiment: thriving",
      "lang": "en",
      "created_at": "Sun Mar 14 14:00:00 +0000 2021",
      "favorite_count": "386",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001971831",
      "id": "1300000000001971831",
      "full_text": "my back border is now leggy with runner beans. water at dawn, not dusk",
      "lang": "en",
      "created_at": "Sun Mar 14 18:00:00 +0000 2021",
      "favorite_count": "486",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001979750",
      "id": "1300000000001979750",
      "full_text": "RT @skywatcher: nobody warned me that tomatoes would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Mon Mar 15 04:00:00 +0000 2021",
      "favorite_count": "18",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001987669",
      "id": "1300000000001987669",
      "full_text": "hot tip: mulch everything. your runner beans will thank you",
      "lang": "en",
      "created_at": "Mon Mar 15 10:00:00 +0000 2021",
      "favorite_count": "498",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000001995588",
      "id": "1300000000001995588",
      "full_text": "week eight of the great kale experiment: flowering early",
      "lang": "en",
      "created_at": "Mon Mar 15 16:00:00 +0000 2021",
      "favorite_count": "447",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002003507",
      "id": "1300000000002003507",
      "full_text": "the courgettes are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Tue Mar 16 00:00:00 +0000 2021",
      "favorite_count": "383",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002011426",
      "id": "1300000000002011426",
      "full_text": "week three of the great tomatoes experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Tue Mar 16 08:00:00 +0000 2021",
      "favorite_count": "82",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002019345",
      "id": "1300000000002019345",
      "full_text": "the kale are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Tue Mar 16 14:00:00 +0000 2021",
      "favorite_count": "97",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002027264",
      "id": "1300000000002027264",
      "full_text": "composting update: thriving. the worms are enormous &amp; thriving",
      "lang": "en",
      "created_at": "Tue Mar 16 21:00:00 +0000 2021",
      "favorite_count": "193",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002035183",
      "id": "1300000000002035183",
      "full_text": "planted sunflowers in the allotment today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Tue Mar 16 23:00:00 +0000 2021",
      "favorite_count": "370",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002043102",
      "id": "1300000000002043102",
      "full_text": "the tomatoes are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Wed Mar 17 11:00:00 +0000 2021",
      "favorite_count": "308",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002051021",
      "id": "1300000000002051021",
      "full_text": "hot tip: slugs hate copper tape. your sunflowers will thank you https://example.com/gardenista/259",
      "lang": "en",
      "created_at": "Wed Mar 17 13:00:00 +0000 2021",
      "favorite_count": "3",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002058940",
      "id": "1300000000002058940",
      "full_text": "my windowsill is now suspicious with sunflowers. slugs hate copper tape",
      "lang": "en",
      "created_at": "Thu Mar 18 01:00:00 +0000 2021",
      "favorite_count": "377",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002066859",
      "id": "1300000000002066859",
      "full_text": "my windowsill is now suspicious with sunflowers. save your seeds",
      "lang": "en",
      "created_at": "Thu Mar 18 08:00:00 +0000 2021",
      "favorite_count": "15",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002074778",
      "id": "1300000000002074778",
      "full_text": "@friend composting update: thriving. the worms are enormous &amp; thriving https://example.com/gardenista/262",
      "lang": "en",
      "created_at": "Thu Mar 18 11:00:00 +0000 2021",
      "favorite_count": "335",
      "retweet_count": "1",
      "in_reply_to_status_id_str": "100000000623454884",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002082697",
      "id": "1300000000002082697",
      "full_text": "my greenhouse is now unstoppable with sweet peas. slugs hate copper tape",
      "lang": "en",
      "created_at": "Thu Mar 18 21:00:00 +0000 2021",
      "favorite_count": "216",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002090616",
      "id": "1300000000002090616",
      "full_text": "hot tip: save your seeds. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Fri Mar 19 06:00:00 +0000 2021",
      "favorite_count": "485",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002098535",
      "id": "1300000000002098535",
      "full_text": "good morning",
      "lang": "en",
      "created_at": "Fri Mar 19 09:00:00 +0000 2021",
      "favorite_count": "418",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002106454",
      "id": "1300000000002106454",
      "full_text": "composting update: thriving. the worms are enormous &amp; thriving",
      "lang": "en",
      "created_at": "Fri Mar 19 19:00:00 +0000 2021",
      "favorite_count": "130",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002114373",
      "id": "1300000000002114373",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Fri Mar 19 21:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002122292",
      "id": "1300000000002122292",
      "full_text": "week eight of the great kale experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Sat Mar 20 10:00:00 +0000 2021",
      "favorite_count": "420",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002130211",
      "id": "1300000000002130211",
      "full_text": "planted tomatoes in the balcony today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Sat Mar 20 13:00:00 +0000 2021",
      "favorite_count": "406",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002138130",
      "id": "1300000000002138130",
      "full_text": "@birdnerd my raised bed is now enormous with courgettes. save your seeds",
      "lang": "en",
      "created_at": "Sat Mar 20 20:00:00 +0000 2021",
      "favorite_count": "99",
      "retweet_count": "0",
      "in_reply_to_status_id_str": "100000000887779020",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002146049",
      "id": "1300000000002146049",
      "full_text": "my allotment is now dramatic with tomatoes. talk to the seedlings",
      "lang": "en",
      "created_at": "Sun Mar 21 07:00:00 +0000 2021",
      "favorite_count": "60",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002153968",
      "id": "1300000000002153968",
      "full_text": "hot tip: mulch everything. your runner beans will thank you",
      "lang": "en",
      "created_at": "Sun Mar 21 11:00:00 +0000 2021",
      "favorite_count": "340",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002161887",
      "id": "1300000000002161887",
      "full_text": "@skywatcher my allotment is now dramatic with sunflowers. mulch everything",
      "lang": "en",
      "created_at": "Sun Mar 21 16:00:00 +0000 2021",
      "favorite_count": "233",
      "retweet_count": "27",
      "in_reply_to_status_id_str": "100000000716563091",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002169806",
      "id": "1300000000002169806",
      "full_text": "ok",
      "lang": "en",
      "created_at": "Mon Mar 22 01:00:00 +0000 2021",
      "favorite_count": "187",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002177725",
      "id": "1300000000002177725",
      "full_text": "@birdnerd the tomatoes are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Mon Mar 22 06:00:00 +0000 2021",
      "favorite_count": "275",
      "retweet_count": "43",
      "in_reply_to_status_id_str": "100000000269566818",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002185644",
      "id": "1300000000002185644",
      "full_text": "RT @newsbot: planted tomatoes in the greenhouse today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Mon Mar 22 15:00:00 +0000 2021",
      "favorite_count": "377",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002193563",
      "id": "1300000000002193563",
      "full_text": "hot tip: mulch everything. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Mon Mar 22 22:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002201482",
      "id": "1300000000002201482",
      "full_text": "@birdnerd if your marigolds look leggy, water at dawn, not dusk",
      "lang": "en",
      "created_at": "Tue Mar 23 04:00:00 +0000 2021",
      "favorite_count": "58",
      "retweet_count": "21",
      "in_reply_to_status_id_str": "100000000058085807",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002209401",
      "id": "1300000000002209401",
      "full_text": "planted runner beans in the windowsill today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Tue Mar 23 14:00:00 +0000 2021",
      "favorite_count": "472",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002217320",
      "id": "1300000000002217320",
      "full_text": "hot tip: mulch everything. your kale will thank you",
      "lang": "en",
      "created_at": "Tue Mar 23 20:00:00 +0000 2021",
      "favorite_count": "259",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002225239",
      "id": "1300000000002225239",
      "full_text": "my windowsill is now cheerful with kale. save your seeds",
      "lang": "en",
      "created_at": "Wed Mar 24 00:00:00 +0000 2021",
      "favorite_count": "391",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002233158",
      "id": "1300000000002233158",
      "full_text": "planted runner beans in the windowsill today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Wed Mar 24 11:00:00 +0000 2021",
      "favorite_count": "271",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002241077",
      "id": "1300000000002241077",
      "full_text": "if your sunflowers look suspicious, slugs hate copper tape",
      "lang": "en",
      "created_at": "Wed Mar 24 17:00:00 +0000 2021",
      "favorite_count": "443",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002248996",
      "id": "1300000000002248996",
      "full_text": "the runner beans are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Thu Mar 25 00:00:00 +0000 2021",
      "favorite_count": "3",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002256915",
      "id": "1300000000002256915",
      "full_text": "planted sweet peas in the balcony today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Thu Mar 25 05:00:00 +0000 2021",
      "favorite_count": "271",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002264834",
      "id": "1300000000002264834",
      "full_text": "hot tip: talk to the seedlings. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Thu Mar 25 15:00:00 +0000 2021",
      "favorite_count": "282",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002272753",
      "id": "1300000000002272753",
      "full_text": "my greenhouse is now cheerful with marigolds. never trust a warm week in april https://example.com/gardenista/287",
      "lang": "en",
      "created_at": "Thu Mar 25 23:00:00 +0000 2021",
      "favorite_count": "343",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002280672",
      "id": "1300000000002280672",
      "full_text": "RT @friend: week six of the great tomatoes experiment: sulking",
      "lang": "en",
      "created_at": "Fri Mar 26 00:00:00 +0000 2021",
      "favorite_count": "313",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002288591",
      "id": "1300000000002288591",
      "full_text": "nobody warned me that kale would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Fri Mar 26 10:00:00 +0000 2021",
      "favorite_count": "436",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002296510",
      "id": "1300000000002296510",
      "full_text": "if your sweet peas look unstoppable, save your seeds",
      "lang": "en",
      "created_at": "Fri Mar 26 15:00:00 +0000 2021",
      "favorite_count": "469",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002304429",
      "id": "1300000000002304429",
      "full_text": "week six of the great sunflowers experiment: mysteriously purple https://example.com/gardenista/291",
      "lang": "en",
      "created_at": "Fri Mar 26 21:00:00 +0000 2021",
      "favorite_count": "83",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002312348",
      "id": "1300000000002312348",
      "full_text": "composting update: taking over. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Sat Mar 27 08:00:00 +0000 2021",
      "favorite_count": "40",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002320267",
      "id": "1300000000002320267",
      "full_text": "RT @newsbot: nobody warned me that tomatoes would be this leggy #gardening",
      "lang": "en",
      "created_at": "Sat Mar 27 15:00:00 +0000 2021",
      "favorite_count": "25",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002328186",
      "id": "1300000000002328186",
      "full_text": "if your tomatoes look leggy, mulch everything",
      "lang": "en",
      "created_at": "Sat Mar 27 19:00:00 +0000 2021",
      "favorite_count": "457",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002336105",
      "id": "1300000000002336105",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Sun Mar 28 05:00:00 +0000 2021",
      "favorite_count": "215",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002344024",
      "id": "1300000000002344024",
      "full_text": "week two of the great tomatoes experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Sun Mar 28 10:00:00 +0000 2021",
      "favorite_count": "194",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002351943",
      "id": "1300000000002351943",
      "full_text": "nobody warned me that sunflowers would be this enormous #gardening",
      "lang": "en",
      "created_at": "Sun Mar 28 15:00:00 +0000 2021",
      "favorite_count": "359",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002359862",
      "id": "1300000000002359862",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Mon Mar 29 01:00:00 +0000 2021",
      "favorite_count": "56",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002367781",
      "id": "1300000000002367781",
      "full_text": "nobody warned me that tomatoes would be this unstoppable #gardening https://example.com/gardenista/299",
      "lang": "en",
      "created_at": "Mon Mar 29 06:00:00 +0000 2021",
      "favorite_count": "132",
      "retweet_count": "39"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002375700",
      "id": "1300000000002375700",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Mon Mar 29 13:00:00 +0000 2021",
      "favorite_count": "275",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002383619",
      "id": "1300000000002383619",
      "full_text": "hot tip: slugs hate copper tape. your tomatoes will thank you",
      "lang": "en",
      "created_at": "Tue Mar 30 01:00:00 +0000 2021",
      "favorite_count": "242",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002391538",
      "id": "1300000000002391538",
      "full_text": "hot tip: talk to the seedlings. your kale will thank you",
      "lang": "en",
      "created_at": "Tue Mar 30 03:00:00 +0000 2021",
      "favorite_count": "30",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002399457",
      "id": "1300000000002399457",
      "full_text": "the tomatoes are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Tue Mar 30 15:00:00 +0000 2021",
      "favorite_count": "425",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002407376",
      "id": "1300000000002407376",
      "full_text": "hot tip: slugs hate copper tape. your sweet peas will thank you",
      "lang": "en",
      "created_at": "Tue Mar 30 20:00:00 +0000 2021",
      "favorite_count": "103",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002415295",
      "id": "1300000000002415295",
      "full_text": "nobody warned me that runner beans would be this suspicious #gardening",
      "lang": "en",
      "created_at": "Wed Mar 31 05:00:00 +0000 2021",
      "favorite_count": "492",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002423214",
      "id": "1300000000002423214",
      "full_text": "the tomatoes are mysteriously purple and honestly so am i",
      "lang": "en",
      "created_at": "Wed Mar 31 10:00:00 +0000 2021",
      "favorite_count": "182",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002431133",
      "id": "1300000000002431133",
      "full_text": "planted marigolds in the back border today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Wed Mar 31 13:00:00 +0000 2021",
      "favorite_count": "213",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002439052",
      "id": "1300000000002439052",
      "full_text": "@birdnerd hot tip: water at dawn, not dusk. your courgettes will thank you",
      "lang": "en",
      "created_at": "Wed Mar 31 23:00:00 +0000 2021",
      "favorite_count": "341",
      "retweet_count": "31",
      "in_reply_to_status_id_str": "100000000398973810",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002446971",
      "id": "1300000000002446971",
      "full_text": "if your sunflowers look dramatic, slugs hate copper tape",
      "lang": "en",
      "created_at": "Thu Apr 01 04:00:00 +0000 2021",
      "favorite_count": "133",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002454890",
      "id": "1300000000002454890",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Thu Apr 01 16:00:00 +0000 2021",
      "favorite_count": "440",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002462809",
      "id": "1300000000002462809",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Thu Apr 01 18:00:00 +0000 2021",
      "favorite_count": "140",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002470728",
      "id": "1300000000002470728",
      "full_text": "RT @newsbot: the tomatoes are thriving and honestly so am i",
      "lang": "en",
      "created_at": "Fri Apr 02 01:00:00 +0000 2021",
      "favorite_count": "16",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002478647",
      "id": "1300000000002478647",
      "full_text": "if your kale look unstoppable, water at dawn, not dusk https://example.com/gardenista/313",
      "lang": "en",
      "created_at": "Fri Apr 02 12:00:00 +0000 2021",
      "favorite_count": "354",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002486566",
      "id": "1300000000002486566",
      "full_text": "RT @skywatcher: if your sweet peas look enormous, slugs hate copper tape",
      "lang": "en",
      "created_at": "Fri Apr 02 19:00:00 +0000 2021",
      "favorite_count": "156",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002494485",
      "id": "1300000000002494485",
      "full_text": "nobody warned me that kale would be this leggy #gardening",
      "lang": "en",
      "created_at": "Fri Apr 02 23:00:00 +0000 2021",
      "favorite_count": "13",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002502404",
      "id": "1300000000002502404",
      "full_text": "my windowsill is now unstoppable with courgettes. mulch everything",
      "lang": "en",
      "created_at": "Sat Apr 03 08:00:00 +0000 2021",
      "favorite_count": "35",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002510323",
      "id": "1300000000002510323",
      "full_text": "planted tomatoes in the balcony today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sat Apr 03 14:00:00 +0000 2021",
      "favorite_count": "391",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002518242",
      "id": "1300000000002518242",
      "full_text": "@birdnerd week two of the great tomatoes experiment: flowering early",
      "lang": "en",
      "created_at": "Sat Apr 03 19:00:00 +0000 2021",
      "favorite_count": "28",
      "retweet_count": "25",
      "in_reply_to_status_id_str": "100000000715548278",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002526161",
      "id": "1300000000002526161",
      "full_text": "week six of the great marigolds experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Sun Apr 04 02:00:00 +0000 2021",
      "favorite_count": "1",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002534080",
      "id": "1300000000002534080",
      "full_text": "the courgettes are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Sun Apr 04 09:00:00 +0000 2021",
      "favorite_count": "33",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002541999",
      "id": "1300000000002541999",
      "full_text": "composting update: mysteriously purple. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Sun Apr 04 17:00:00 +0000 2021",
      "favorite_count": "45",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002549918",
      "id": "1300000000002549918",
      "full_text": "@friend nobody warned me that runner beans would be this enormous #gardening https://example.com/gardenista/322",
      "lang": "en",
      "created_at": "Sun Apr 04 23:00:00 +0000 2021",
      "favorite_count": "289",
      "retweet_count": "49",
      "in_reply_to_status_id_str": "100000000842358408",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002557837",
      "id": "1300000000002557837",
      "full_text": "composting update: flowering early. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Mon Apr 05 06:00:00 +0000 2021",
      "favorite_count": "346",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002565756",
      "id": "1300000000002565756",
      "full_text": "nobody warned me that marigolds would be this unstoppable #gardening",
      "lang": "en",
      "created_at": "Mon Apr 05 16:00:00 +0000 2021",
      "favorite_count": "97",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002573675",
      "id": "1300000000002573675",
      "full_text": "week three of the great runner beans experiment: thriving",
      "lang": "en",
      "created_at": "Mon Apr 05 22:00:00 +0000 2021",
      "favorite_count": "299",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002581594",
      "id": "1300000000002581594",
      "full_text": "hot tip: never trust a warm week in april. your kale will thank you",
      "lang": "en",
      "created_at": "Tue Apr 06 08:00:00 +0000 2021",
      "favorite_count": "199",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002589513",
      "id": "1300000000002589513",
      "full_text": "my raised bed is now leggy with sunflowers. water at dawn, not dusk https://example.com/gardenista/327",
      "lang": "en",
      "created_at": "Tue Apr 06 09:00:00 +0000 2021",
      "favorite_count": "441",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002597432",
      "id": "1300000000002597432",
      "full_text": "if your runner beans look unstoppable, mulch everything",
      "lang": "en",
      "created_at": "Tue Apr 06 17:00:00 +0000 2021",
      "favorite_count": "246",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002605351",
      "id": "1300000000002605351",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Wed Apr 07 01:00:00 +0000 2021",
      "favorite_count": "192",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002613270",
      "id": "1300000000002613270",
      "full_text": "planted courgettes in the raised bed today. ask me again in two weeks how that went https://example.com/gardenista/330",
      "lang": "en",
      "created_at": "Wed Apr 07 06:00:00 +0000 2021",
      "favorite_count": "89",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002621189",
      "id": "1300000000002621189",
      "full_text": "RT @birdnerd: week eight of the great sweet peas experiment: sulking",
      "lang": "en",
      "created_at": "Wed Apr 07 18:00:00 +0000 2021",
      "favorite_count": "70",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002629108",
      "id": "1300000000002629108",
      "full_text": "RT @friend: week eight of the great marigolds experiment: thriving",
      "lang": "en",
      "created_at": "Thu Apr 08 02:00:00 +0000 2021",
      "favorite_count": "396",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002637027",
      "id": "1300000000002637027",
      "full_text": "brb",
      "lang": "en",
      "created_at": "Thu Apr 08 09:00:00 +0000 2021",
      "favorite_count": "240",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002644946",
      "id": "1300000000002644946",
      "full_text": "planted courgettes in the windowsill today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Thu Apr 08 13:00:00 +0000 2021",
      "favorite_count": "287",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002652865",
      "id": "1300000000002652865",
      "full_text": "hot tip: mulch everything. your runner beans will thank you https://example.com/gardenista/335",
      "lang": "en",
      "created_at": "Thu Apr 08 17:00:00 +0000 2021",
      "favorite_count": "249",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002660784",
      "id": "1300000000002660784",
      "full_text": "week three of the great sunflowers experiment: thriving",
      "lang": "en",
      "created_at": "Fri Apr 09 00:00:00 +0000 2021",
      "favorite_count": "42",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002668703",
      "id": "1300000000002668703",
      "full_text": "hot tip: water at dawn, not dusk. your kale will thank you",
      "lang": "en",
      "created_at": "Fri Apr 09 08:00:00 +0000 2021",
      "favorite_count": "144",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002676622",
      "id": "1300000000002676622",
      "full_text": "planted runner beans in the windowsill today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Fri Apr 09 20:00:00 +0000 2021",
      "favorite_count": "104",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002684541",
      "id": "1300000000002684541",
      "full_text": "planted courgettes in the greenhouse today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sat Apr 10 03:00:00 +0000 2021",
      "favorite_count": "252",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002692460",
      "id": "1300000000002692460",
      "full_text": "my allotment is now cheerful with sweet peas. slugs hate copper tape",
      "lang": "en",
      "created_at": "Sat Apr 10 05:00:00 +0000 2021",
      "favorite_count": "291",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002700379",
      "id": "1300000000002700379",
      "full_text": "@compost_queen nobody warned me that courgettes would be this dramatic #gardening https://example.com/gardenista/341",
      "lang": "en",
      "created_at": "Sat Apr 10 17:00:00 +0000 2021",
      "favorite_count": "125",
      "retweet_count": "36",
      "in_reply_to_status_id_str": "100000000952020382",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002708298",
      "id": "1300000000002708298",
      "full_text": "if your runner beans look suspicious, save your seeds https://example.com/gardenista/342",
      "lang": "en",
      "created_at": "Sat Apr 10 22:00:00 +0000 2021",
      "favorite_count": "319",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002716217",
      "id": "1300000000002716217",
      "full_text": "@compost_queen planted kale in the back border today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sun Apr 11 01:00:00 +0000 2021",
      "favorite_count": "43",
      "retweet_count": "13",
      "in_reply_to_status_id_str": "100000000648367748",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002724136",
      "id": "1300000000002724136",
      "full_text": "RT @friend: my back border is now cheerful with kale. water at dawn, not dusk",
      "lang": "en",
      "created_at": "Sun Apr 11 11:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002732055",
      "id": "1300000000002732055",
      "full_text": "week eight of the great runner beans experiment: thriving",
      "lang": "en",
      "created_at": "Sun Apr 11 16:00:00 +0000 2021",
      "favorite_count": "305",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002739974",
      "id": "1300000000002739974",
      "full_text": "week three of the great marigolds experiment: taking over",
      "lang": "en",
      "created_at": "Mon Apr 12 03:00:00 +0000 2021",
      "favorite_count": "492",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002747893",
      "id": "1300000000002747893",
      "full_text": "if your kale look unstoppable, never trust a warm week in april",
      "lang": "en",
      "created_at": "Mon Apr 12 09:00:00 +0000 2021",
      "favorite_count": "323",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002755812",
      "id": "1300000000002755812",
      "full_text": "composting update: taking over. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Mon Apr 12 13:00:00 +0000 2021",
      "favorite_count": "92",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002763731",
      "id": "1300000000002763731",
      "full_text": "nobody warned me that sweet peas would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Mon Apr 12 22:00:00 +0000 2021",
      "favorite_count": "437",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002771650",
      "id": "1300000000002771650",
      "full_text": "week three of the great courgettes experiment: sulking",
      "lang": "en",
      "created_at": "Tue Apr 13 02:00:00 +0000 2021",
      "favorite_count": "113",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002779569",
      "id": "1300000000002779569",
      "full_text": "composting update: thriving. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Tue Apr 13 10:00:00 +0000 2021",
      "favorite_count": "103",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002787488",
      "id": "1300000000002787488",
      "full_text": "nobody warned me that tomatoes would be this enormous #gardening",
      "lang": "en",
      "created_at": "Tue Apr 13 19:00:00 +0000 2021",
      "favorite_count": "308",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002795407",
      "id": "1300000000002795407",
      "full_text": "hot tip: slugs hate copper tape. your tomatoes will thank you",
      "lang": "en",
      "created_at": "Wed Apr 14 02:00:00 +0000 2021",
      "favorite_count": "466",
      "retweet_count": "45"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002803326",
      "id": "1300000000002803326",
      "full_text": "my raised bed is now enormous with courgettes. never trust a warm week in april",
      "lang": "en",
      "created_at": "Wed Apr 14 08:00:00 +0000 2021",
      "favorite_count": "377",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002811245",
      "id": "1300000000002811245",
      "full_text": "planted runner beans in the allotment today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Wed Apr 14 17:00:00 +0000 2021",
      "favorite_count": "287",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002819164",
      "id": "1300000000002819164",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Thu Apr 15 02:00:00 +0000 2021",
      "favorite_count": "324",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002827083",
      "id": "1300000000002827083",
      "full_text": "hot tip: mulch everything. your runner beans will thank you",
      "lang": "en",
      "created_at": "Thu Apr 15 05:00:00 +0000 2021",
      "favorite_count": "346",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002835002",
      "id": "1300000000002835002",
      "full_text": "hot tip: slugs hate copper tape. your sweet peas will thank you https://example.com/gardenista/358",
      "lang": "en",
      "created_at": "Thu Apr 15 15:00:00 +0000 2021",
      "favorite_count": "99",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002842921",
      "id": "1300000000002842921",
      "full_text": "nobody warned me that runner beans would be this unstoppable #gardening https://example.com/gardenista/359",
      "lang": "en",
      "created_at": "Thu Apr 15 22:00:00 +0000 2021",
      "favorite_count": "350",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002850840",
      "id": "1300000000002850840",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Fri Apr 16 05:00:00 +0000 2021",
      "favorite_count": "151",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002858759",
      "id": "1300000000002858759",
      "full_text": "my windowsill is now suspicious with courgettes. save your seeds",
      "lang": "en",
      "created_at": "Fri Apr 16 11:00:00 +0000 2021",
      "favorite_count": "289",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002866678",
      "id": "1300000000002866678",
      "full_text": "the marigolds are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Fri Apr 16 16:00:00 +0000 2021",
      "favorite_count": "387",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002874597",
      "id": "1300000000002874597",
      "full_text": "if your courgettes look unstoppable, never trust a warm week in april",
      "lang": "en",
      "created_at": "Sat Apr 17 03:00:00 +0000 2021",
      "favorite_count": "174",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002882516",
      "id": "1300000000002882516",
      "full_text": "if your courgettes look unstoppable, never trust a warm week in april",
      "lang": "en",
      "created_at": "Sat Apr 17 08:00:00 +0000 2021",
      "favorite_count": "252",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002890435",
      "id": "1300000000002890435",
      "full_text": "@friend if your kale look enormous, save your seeds",
      "lang": "en",
      "created_at": "Sat Apr 17 11:00:00 +0000 2021",
      "favorite_count": "87",
      "retweet_count": "8",
      "in_reply_to_status_id_str": "100000000592017508",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002898354",
      "id": "1300000000002898354",
      "full_text": "week three of the great marigolds experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Sat Apr 17 18:00:00 +0000 2021",
      "favorite_count": "135",
      "retweet_count": "47"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002906273",
      "id": "1300000000002906273",
      "full_text": "if your marigolds look unstoppable, mulch everything",
      "lang": "en",
      "created_at": "Sun Apr 18 05:00:00 +0000 2021",
      "favorite_count": "214",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002914192",
      "id": "1300000000002914192",
      "full_text": "nobody warned me that runner beans would be this enormous #gardening",
      "lang": "en",
      "created_at": "Sun Apr 18 14:00:00 +0000 2021",
      "favorite_count": "151",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002922111",
      "id": "1300000000002922111",
      "full_text": "if your tomatoes look unstoppable, slugs hate copper tape",
      "lang": "en",
      "created_at": "Sun Apr 18 21:00:00 +0000 2021",
      "favorite_count": "382",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002930030",
      "id": "1300000000002930030",
      "full_text": "my windowsill is now cheerful with tomatoes. slugs hate copper tape https://example.com/gardenista/370",
      "lang": "en",
      "created_at": "Mon Apr 19 03:00:00 +0000 2021",
      "favorite_count": "476",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002937949",
      "id": "1300000000002937949",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Mon Apr 19 11:00:00 +0000 2021",
      "favorite_count": "0",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002945868",
      "id": "1300000000002945868",
      "full_text": "my allotment is now cheerful with courgettes. water at dawn, not dusk",
      "lang": "en",
      "created_at": "Mon Apr 19 14:00:00 +0000 2021",
      "favorite_count": "91",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002953787",
      "id": "1300000000002953787",
      "full_text": "my windowsill is now unstoppable with marigolds. save your seeds",
      "lang": "en",
      "created_at": "Mon Apr 19 22:00:00 +0000 2021",
      "favorite_count": "70",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002961706",
      "id": "1300000000002961706",
      "full_text": "if your marigolds look unstoppable, mulch everything",
      "lang": "en",
      "created_at": "Tue Apr 20 08:00:00 +0000 2021",
      "favorite_count": "437",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002969625",
      "id": "1300000000002969625",
      "full_text": "my greenhouse is now dramatic with marigolds. mulch everything https://example.com/gardenista/375",
      "lang": "en",
      "created_at": "Tue Apr 20 13:00:00 +0000 2021",
      "favorite_count": "103",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002977544",
      "id": "1300000000002977544",
      "full_text": "my back border is now enormous with sunflowers. save your seeds",
      "lang": "en",
      "created_at": "Tue Apr 20 21:00:00 +0000 2021",
      "favorite_count": "383",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002985463",
      "id": "1300000000002985463",
      "full_text": "if your runner beans look unstoppable, mulch everything",
      "lang": "en",
      "created_at": "Wed Apr 21 03:00:00 +0000 2021",
      "favorite_count": "362",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000002993382",
      "id": "1300000000002993382",
      "full_text": "my windowsill is now unstoppable with runner beans. talk to the seedlings",
      "lang": "en",
      "created_at": "Wed Apr 21 09:00:00 +0000 2021",
      "favorite_count": "104",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003001301",
      "id": "1300000000003001301",
      "full_text": "planted tomatoes in the greenhouse today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Wed Apr 21 17:00:00 +0000 2021",
      "favorite_count": "139",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003009220",
      "id": "1300000000003009220",
      "full_text": "my windowsill is now unstoppable with kale. slugs hate copper tape",
      "lang": "en",
      "created_at": "Wed Apr 21 21:00:00 +0000 2021",
      "favorite_count": "383",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003017139",
      "id": "1300000000003017139",
      "full_text": "if your runner beans look leggy, slugs hate copper tape https://example.com/gardenista/381",
      "lang": "en",
      "created_at": "Thu Apr 22 07:00:00 +0000 2021",
      "favorite_count": "435",
      "retweet_count": "41"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003025058",
      "id": "1300000000003025058",
      "full_text": "hot tip: water at dawn, not dusk. your runner beans will thank you https://example.com/gardenista/382",
      "lang": "en",
      "created_at": "Thu Apr 22 10:00:00 +0000 2021",
      "favorite_count": "461",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003032977",
      "id": "1300000000003032977",
      "full_text": "nobody warned me that marigolds would be this unstoppable #gardening https://example.com/gardenista/383",
      "lang": "en",
      "created_at": "Thu Apr 22 23:00:00 +0000 2021",
      "favorite_count": "383",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003040896",
      "id": "1300000000003040896",
      "full_text": "@friend week eight of the great sweet peas experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Fri Apr 23 04:00:00 +0000 2021",
      "favorite_count": "411",
      "retweet_count": "4",
      "in_reply_to_status_id_str": "100000000303576219",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003048815",
      "id": "1300000000003048815",
      "full_text": "composting update: taking over. the worms are dramatic &amp; thriving",
      "lang": "en",
      "created_at": "Fri Apr 23 12:00:00 +0000 2021",
      "favorite_count": "157",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003056734",
      "id": "1300000000003056734",
      "full_text": "if your sweet peas look unstoppable, save your seeds",
      "lang": "en",
      "created_at": "Fri Apr 23 18:00:00 +0000 2021",
      "favorite_count": "146",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003064653",
      "id": "1300000000003064653",
      "full_text": "week six of the great runner beans experiment: sulking",
      "lang": "en",
      "created_at": "Sat Apr 24 01:00:00 +0000 2021",
      "favorite_count": "235",
      "retweet_count": "28"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003072572",
      "id": "1300000000003072572",
      "full_text": "the sunflowers are sulking and honestly so am i",
      "lang": "en",
      "created_at": "Sat Apr 24 06:00:00 +0000 2021",
      "favorite_count": "315",
      "retweet_count": "22"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003080491",
      "id": "1300000000003080491",
      "full_text": "nobody warned me that runner beans would be this enormous #gardening",
      "lang": "en",
      "created_at": "Sat Apr 24 11:00:00 +0000 2021",
      "favorite_count": "252",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003088410",
      "id": "1300000000003088410",
      "full_text": "week six of the great sunflowers experiment: flowering early",
      "lang": "en",
      "created_at": "Sat Apr 24 22:00:00 +0000 2021",
      "favorite_count": "500",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003096329",
      "id": "1300000000003096329",
      "full_text": "RT @friend: nobody warned me that marigolds would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Sun Apr 25 04:00:00 +0000 2021",
      "favorite_count": "101",
      "retweet_count": "49"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003104248",
      "id": "1300000000003104248",
      "full_text": "my raised bed is now dramatic with kale. save your seeds",
      "lang": "en",
      "created_at": "Sun Apr 25 12:00:00 +0000 2021",
      "favorite_count": "196",
      "retweet_count": "9"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003112167",
      "id": "1300000000003112167",
      "full_text": "if your sunflowers look dramatic, never trust a warm week in april https://example.com/gardenista/393",
      "lang": "en",
      "created_at": "Sun Apr 25 15:00:00 +0000 2021",
      "favorite_count": "151",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003120086",
      "id": "1300000000003120086",
      "full_text": "week three of the great runner beans experiment: taking over",
      "lang": "en",
      "created_at": "Sun Apr 25 23:00:00 +0000 2021",
      "favorite_count": "166",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003128005",
      "id": "1300000000003128005",
      "full_text": "RT @compost_queen: composting update: taking over. the worms are dramatic &amp; thriving",
      "lang": "en",
      "created_at": "Mon Apr 26 07:00:00 +0000 2021",
      "favorite_count": "148",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003135924",
      "id": "1300000000003135924",
      "full_text": "RT @compost_queen: the tomatoes are thriving and honestly so am i",
      "lang": "en",
      "created_at": "Mon Apr 26 17:00:00 +0000 2021",
      "favorite_count": "142",
      "retweet_count": "43"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003143843",
      "id": "1300000000003143843",
      "full_text": "nobody warned me that marigolds would be this cheerful #gardening",
      "lang": "en",
      "created_at": "Mon Apr 26 19:00:00 +0000 2021",
      "favorite_count": "74",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003151762",
      "id": "1300000000003151762",
      "full_text": "my back border is now unstoppable with tomatoes. mulch everything",
      "lang": "en",
      "created_at": "Tue Apr 27 02:00:00 +0000 2021",
      "favorite_count": "64",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003159681",
      "id": "1300000000003159681",
      "full_text": "@birdnerd the sweet peas are mysteriously purple and honestly so am i",
      "lang": "en",
      "created_at": "Tue Apr 27 10:00:00 +0000 2021",
      "favorite_count": "303",
      "retweet_count": "34",
      "in_reply_to_status_id_str": "100000000950614277",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003167600",
      "id": "1300000000003167600",
      "full_text": "my windowsill is now enormous with tomatoes. save your seeds",
      "lang": "en",
      "created_at": "Tue Apr 27 17:00:00 +0000 2021",
      "favorite_count": "38",
      "retweet_count": "8"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003175519",
      "id": "1300000000003175519",
      "full_text": "nobody warned me that runner beans would be this unstoppable #gardening",
      "lang": "en",
      "created_at": "Wed Apr 28 04:00:00 +0000 2021",
      "favorite_count": "261",
      "retweet_count": "25"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003183438",
      "id": "1300000000003183438",
      "full_text": "planted tomatoes in the back border today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Wed Apr 28 07:00:00 +0000 2021",
      "favorite_count": "213",
      "retweet_count": "15"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003191357",
      "id": "1300000000003191357",
      "full_text": "nobody warned me that runner beans would be this leggy #gardening",
      "lang": "en",
      "created_at": "Wed Apr 28 15:00:00 +0000 2021",
      "favorite_count": "445",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003199276",
      "id": "1300000000003199276",
      "full_text": "if your marigolds look leggy, slugs hate copper tape",
      "lang": "en",
      "created_at": "Wed Apr 28 23:00:00 +0000 2021",
      "favorite_count": "102",
      "retweet_count": "13"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003207195",
      "id": "1300000000003207195",
      "full_text": "composting update: mysteriously purple. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Thu Apr 29 05:00:00 +0000 2021",
      "favorite_count": "221",
      "retweet_count": "24"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003215114",
      "id": "1300000000003215114",
      "full_text": "my greenhouse is now cheerful with marigolds. water at dawn, not dusk",
      "lang": "en",
      "created_at": "Thu Apr 29 14:00:00 +0000 2021",
      "favorite_count": "41",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003223033",
      "id": "1300000000003223033",
      "full_text": "nobody warned me that kale would be this suspicious #gardening",
      "lang": "en",
      "created_at": "Thu Apr 29 20:00:00 +0000 2021",
      "favorite_count": "499",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003230952",
      "id": "1300000000003230952",
      "full_text": "planted runner beans in the back border today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Fri Apr 30 01:00:00 +0000 2021",
      "favorite_count": "253",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003238871",
      "id": "1300000000003238871",
      "full_text": "my allotment is now cheerful with kale. never trust a warm week in april",
      "lang": "en",
      "created_at": "Fri Apr 30 12:00:00 +0000 2021",
      "favorite_count": "187",
      "retweet_count": "27"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003246790",
      "id": "1300000000003246790",
      "full_text": "nobody warned me that courgettes would be this leggy #gardening",
      "lang": "en",
      "created_at": "Fri Apr 30 19:00:00 +0000 2021",
      "favorite_count": "285",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003254709",
      "id": "1300000000003254709",
      "full_text": "RT @compost_queen: week six of the great kale experiment: taking over",
      "lang": "en",
      "created_at": "Fri Apr 30 22:00:00 +0000 2021",
      "favorite_count": "222",
      "retweet_count": "7"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003262628",
      "id": "1300000000003262628",
      "full_text": "nobody warned me that marigolds would be this dramatic #gardening",
      "lang": "en",
      "created_at": "Sat May 01 04:00:00 +0000 2021",
      "favorite_count": "331",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003270547",
      "id": "1300000000003270547",
      "full_text": "nobody warned me that tomatoes would be this leggy #gardening",
      "lang": "en",
      "created_at": "Sat May 01 15:00:00 +0000 2021",
      "favorite_count": "130",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003278466",
      "id": "1300000000003278466",
      "full_text": "if your kale look unstoppable, talk to the seedlings",
      "lang": "en",
      "created_at": "Sat May 01 23:00:00 +0000 2021",
      "favorite_count": "420",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003286385",
      "id": "1300000000003286385",
      "full_text": "the courgettes are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Sun May 02 05:00:00 +0000 2021",
      "favorite_count": "210",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003294304",
      "id": "1300000000003294304",
      "full_text": "RT @skywatcher: week eight of the great marigolds experiment: taking over",
      "lang": "en",
      "created_at": "Sun May 02 09:00:00 +0000 2021",
      "favorite_count": "19",
      "retweet_count": "12"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003302223",
      "id": "1300000000003302223",
      "full_text": "planted marigolds in the windowsill today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Sun May 02 21:00:00 +0000 2021",
      "favorite_count": "78",
      "retweet_count": "46"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003310142",
      "id": "1300000000003310142",
      "full_text": "the marigolds are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Mon May 03 01:00:00 +0000 2021",
      "favorite_count": "24",
      "retweet_count": "14"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003318061",
      "id": "1300000000003318061",
      "full_text": "planted sunflowers in the allotment today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Mon May 03 07:00:00 +0000 2021",
      "favorite_count": "345",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003325980",
      "id": "1300000000003325980",
      "full_text": "the courgettes are taking over and honestly so am i https://example.com/gardenista/420",
      "lang": "en",
      "created_at": "Mon May 03 12:00:00 +0000 2021",
      "favorite_count": "100",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003333899",
      "id": "1300000000003333899",
      "full_text": "composting update: sulking. the worms are enormous &amp; thriving",
      "lang": "en",
      "created_at": "Tue May 04 00:00:00 +0000 2021",
      "favorite_count": "183",
      "retweet_count": "0"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003341818",
      "id": "1300000000003341818",
      "full_text": "RT @newsbot: hot tip: water at dawn, not dusk. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Tue May 04 04:00:00 +0000 2021",
      "favorite_count": "160",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003349737",
      "id": "1300000000003349737",
      "full_text": "@birdnerd if your sunflowers look cheerful, slugs hate copper tape",
      "lang": "en",
      "created_at": "Tue May 04 15:00:00 +0000 2021",
      "favorite_count": "428",
      "retweet_count": "26",
      "in_reply_to_status_id_str": "100000000673427809",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003357656",
      "id": "1300000000003357656",
      "full_text": "hot tip: save your seeds. your marigolds will thank you",
      "lang": "en",
      "created_at": "Tue May 04 20:00:00 +0000 2021",
      "favorite_count": "264",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003365575",
      "id": "1300000000003365575",
      "full_text": "if your marigolds look suspicious, mulch everything",
      "lang": "en",
      "created_at": "Wed May 05 02:00:00 +0000 2021",
      "favorite_count": "5",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003373494",
      "id": "1300000000003373494",
      "full_text": "yes!!",
      "lang": "en",
      "created_at": "Wed May 05 09:00:00 +0000 2021",
      "favorite_count": "39",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003381413",
      "id": "1300000000003381413",
      "full_text": "planted marigolds in the balcony today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Wed May 05 13:00:00 +0000 2021",
      "favorite_count": "166",
      "retweet_count": "21"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003389332",
      "id": "1300000000003389332",
      "full_text": "nobody warned me that sunflowers would be this suspicious #gardening",
      "lang": "en",
      "created_at": "Thu May 06 02:00:00 +0000 2021",
      "favorite_count": "118",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003397251",
      "id": "1300000000003397251",
      "full_text": "planted sweet peas in the allotment today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Thu May 06 09:00:00 +0000 2021",
      "favorite_count": "146",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003405170",
      "id": "1300000000003405170",
      "full_text": "hot tip: slugs hate copper tape. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Thu May 06 12:00:00 +0000 2021",
      "favorite_count": "342",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003413089",
      "id": "1300000000003413089",
      "full_text": "planted marigolds in the windowsill today. ask me again in three weeks how that went",
      "lang": "en",
      "created_at": "Thu May 06 19:00:00 +0000 2021",
      "favorite_count": "304",
      "retweet_count": "33"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003421008",
      "id": "1300000000003421008",
      "full_text": "week six of the great sweet peas experiment: sulking",
      "lang": "en",
      "created_at": "Fri May 07 03:00:00 +0000 2021",
      "favorite_count": "247",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003428927",
      "id": "1300000000003428927",
      "full_text": "wow #mood",
      "lang": "en",
      "created_at": "Fri May 07 11:00:00 +0000 2021",
      "favorite_count": "93",
      "retweet_count": "6"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003436846",
      "id": "1300000000003436846",
      "full_text": "hot tip: save your seeds. your sunflowers will thank you",
      "lang": "en",
      "created_at": "Fri May 07 18:00:00 +0000 2021",
      "favorite_count": "348",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003444765",
      "id": "1300000000003444765",
      "full_text": "my raised bed is now dramatic with tomatoes. water at dawn, not dusk https://example.com/gardenista/435",
      "lang": "en",
      "created_at": "Fri May 07 21:00:00 +0000 2021",
      "favorite_count": "373",
      "retweet_count": "3"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003452684",
      "id": "1300000000003452684",
      "full_text": "week eight of the great tomatoes experiment: taking over",
      "lang": "en",
      "created_at": "Sat May 08 05:00:00 +0000 2021",
      "favorite_count": "226",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003460603",
      "id": "1300000000003460603",
      "full_text": "planted courgettes in the raised bed today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sat May 08 13:00:00 +0000 2021",
      "favorite_count": "167",
      "retweet_count": "31"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003468522",
      "id": "1300000000003468522",
      "full_text": "composting update: taking over. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Sat May 08 20:00:00 +0000 2021",
      "favorite_count": "60",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003476441",
      "id": "1300000000003476441",
      "full_text": "planted courgettes in the greenhouse today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Sun May 09 01:00:00 +0000 2021",
      "favorite_count": "52",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003484360",
      "id": "1300000000003484360",
      "full_text": "@newsbot composting update: thriving. the worms are unstoppable &amp; thriving",
      "lang": "en",
      "created_at": "Sun May 09 09:00:00 +0000 2021",
      "favorite_count": "380",
      "retweet_count": "12",
      "in_reply_to_status_id_str": "100000000341627789",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003492279",
      "id": "1300000000003492279",
      "full_text": "@friend same",
      "lang": "en",
      "created_at": "Sun May 09 20:00:00 +0000 2021",
      "favorite_count": "54",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003500198",
      "id": "1300000000003500198",
      "full_text": "thread 👇",
      "lang": "en",
      "created_at": "Sun May 09 22:00:00 +0000 2021",
      "favorite_count": "451",
      "retweet_count": "20"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003508117",
      "id": "1300000000003508117",
      "full_text": "planted sunflowers in the back border today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Mon May 10 08:00:00 +0000 2021",
      "favorite_count": "303",
      "retweet_count": "16"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003516036",
      "id": "1300000000003516036",
      "full_text": "the marigolds are taking over and honestly so am i https://example.com/gardenista/444",
      "lang": "en",
      "created_at": "Mon May 10 15:00:00 +0000 2021",
      "favorite_count": "82",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003523955",
      "id": "1300000000003523955",
      "full_text": "RT @friend: hot tip: save your seeds. your courgettes will thank you",
      "lang": "en",
      "created_at": "Mon May 10 20:00:00 +0000 2021",
      "favorite_count": "466",
      "retweet_count": "17"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003531874",
      "id": "1300000000003531874",
      "full_text": "if your courgettes look suspicious, water at dawn, not dusk",
      "lang": "en",
      "created_at": "Tue May 11 06:00:00 +0000 2021",
      "favorite_count": "234",
      "retweet_count": "23"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003539793",
      "id": "1300000000003539793",
      "full_text": "RT @birdnerd: the marigolds are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Tue May 11 13:00:00 +0000 2021",
      "favorite_count": "247",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003547712",
      "id": "1300000000003547712",
      "full_text": "nobody warned me that sweet peas would be this dramatic #gardening https://example.com/gardenista/448",
      "lang": "en",
      "created_at": "Tue May 11 20:00:00 +0000 2021",
      "favorite_count": "385",
      "retweet_count": "30"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003555631",
      "id": "1300000000003555631",
      "full_text": "the marigolds are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Wed May 12 01:00:00 +0000 2021",
      "favorite_count": "163",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003563550",
      "id": "1300000000003563550",
      "full_text": "hot tip: water at dawn, not dusk. your courgettes will thank you https://example.com/gardenista/450",
      "lang": "en",
      "created_at": "Wed May 12 11:00:00 +0000 2021",
      "favorite_count": "178",
      "retweet_count": "4"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003571469",
      "id": "1300000000003571469",
      "full_text": "if your tomatoes look cheerful, talk to the seedlings",
      "lang": "en",
      "created_at": "Wed May 12 13:00:00 +0000 2021",
      "favorite_count": "369",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003579388",
      "id": "1300000000003579388",
      "full_text": "my raised bed is now cheerful with runner beans. talk to the seedlings",
      "lang": "en",
      "created_at": "Wed May 12 20:00:00 +0000 2021",
      "favorite_count": "264",
      "retweet_count": "19"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003587307",
      "id": "1300000000003587307",
      "full_text": "planted sunflowers in the windowsill today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Thu May 13 04:00:00 +0000 2021",
      "favorite_count": "175",
      "retweet_count": "10"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003595226",
      "id": "1300000000003595226",
      "full_text": "hot tip: mulch everything. your tomatoes will thank you",
      "lang": "en",
      "created_at": "Thu May 13 14:00:00 +0000 2021",
      "favorite_count": "157",
      "retweet_count": "26"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003603145",
      "id": "1300000000003603145",
      "full_text": "if your sweet peas look leggy, water at dawn, not dusk",
      "lang": "en",
      "created_at": "Thu May 13 18:00:00 +0000 2021",
      "favorite_count": "70",
      "retweet_count": "48"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003611064",
      "id": "1300000000003611064",
      "full_text": "hot tip: mulch everything. your courgettes will thank you",
      "lang": "en",
      "created_at": "Fri May 14 06:00:00 +0000 2021",
      "favorite_count": "64",
      "retweet_count": "40"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003618983",
      "id": "1300000000003618983",
      "full_text": "planted runner beans in the back border today. ask me again in eight weeks how that went",
      "lang": "en",
      "created_at": "Fri May 14 10:00:00 +0000 2021",
      "favorite_count": "171",
      "retweet_count": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003626902",
      "id": "1300000000003626902",
      "full_text": "@birdnerd the sunflowers are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Fri May 14 19:00:00 +0000 2021",
      "favorite_count": "475",
      "retweet_count": "49",
      "in_reply_to_status_id_str": "100000000717072636",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003634821",
      "id": "1300000000003634821",
      "full_text": "my greenhouse is now suspicious with marigolds. save your seeds https://example.com/gardenista/459",
      "lang": "en",
      "created_at": "Sat May 15 03:00:00 +0000 2021",
      "favorite_count": "183",
      "retweet_count": "35"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003642740",
      "id": "1300000000003642740",
      "full_text": "planted kale in the back border today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sat May 15 08:00:00 +0000 2021",
      "favorite_count": "272",
      "retweet_count": "2"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003650659",
      "id": "1300000000003650659",
      "full_text": "week six of the great runner beans experiment: sulking",
      "lang": "en",
      "created_at": "Sat May 15 15:00:00 +0000 2021",
      "favorite_count": "174",
      "retweet_count": "11"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003658578",
      "id": "1300000000003658578",
      "full_text": "my greenhouse is now unstoppable with runner beans. mulch everything",
      "lang": "en",
      "created_at": "Sun May 16 00:00:00 +0000 2021",
      "favorite_count": "126",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003666497",
      "id": "1300000000003666497",
      "full_text": "planted runner beans in the allotment today.\n\nask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Sun May 16 02:00:00 +0000 2021",
      "favorite_count": "297",
      "retweet_count": "50"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003674416",
      "id": "1300000000003674416",
      "full_text": "@birdnerd nobody warned me that sweet peas would be this enormous #gardening",
      "lang": "en",
      "created_at": "Sun May 16 13:00:00 +0000 2021",
      "favorite_count": "197",
      "retweet_count": "45",
      "in_reply_to_status_id_str": "100000000683037399",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003682335",
      "id": "1300000000003682335",
      "full_text": "nobody warned me that kale would be this cheerful #gardening",
      "lang": "en",
      "created_at": "Sun May 16 21:00:00 +0000 2021",
      "favorite_count": "46",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003690254",
      "id": "1300000000003690254",
      "full_text": "my raised bed is now unstoppable with kale. mulch everything",
      "lang": "en",
      "created_at": "Mon May 17 02:00:00 +0000 2021",
      "favorite_count": "440",
      "retweet_count": "5"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003698173",
      "id": "1300000000003698173",
      "full_text": "if your kale look enormous, water at dawn, not dusk",
      "lang": "en",
      "created_at": "Mon May 17 06:00:00 +0000 2021",
      "favorite_count": "39",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003706092",
      "id": "1300000000003706092",
      "full_text": "planted runner beans in the windowsill today. ask me again in six weeks how that went",
      "lang": "en",
      "created_at": "Mon May 17 14:00:00 +0000 2021",
      "favorite_count": "171",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003714011",
      "id": "1300000000003714011",
      "full_text": "week six of the great marigolds experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Mon May 17 20:00:00 +0000 2021",
      "favorite_count": "5",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003721930",
      "id": "1300000000003721930",
      "full_text": "if your sunflowers look leggy, water at dawn, not dusk",
      "lang": "en",
      "created_at": "Tue May 18 08:00:00 +0000 2021",
      "favorite_count": "441",
      "retweet_count": "38"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003729849",
      "id": "1300000000003729849",
      "full_text": "planted sweet peas in the balcony today. ask me again in two weeks how that went",
      "lang": "en",
      "created_at": "Tue May 18 10:00:00 +0000 2021",
      "favorite_count": "205",
      "retweet_count": "42"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003737768",
      "id": "1300000000003737768",
      "full_text": "@birdnerd the runner beans are flowering early and honestly so am i",
      "lang": "en",
      "created_at": "Tue May 18 21:00:00 +0000 2021",
      "favorite_count": "463",
      "retweet_count": "5",
      "in_reply_to_status_id_str": "100000000383775583",
      "in_reply_to_screen_name": "friend"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003745687",
      "id": "1300000000003745687",
      "full_text": "hot tip: water at dawn, not dusk. your tomatoes will thank you https://example.com/gardenista/473",
      "lang": "en",
      "created_at": "Wed May 19 00:00:00 +0000 2021",
      "favorite_count": "127",
      "retweet_count": "34"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003753606",
      "id": "1300000000003753606",
      "full_text": "if your tomatoes look unstoppable, save your seeds",
      "lang": "en",
      "created_at": "Wed May 19 09:00:00 +0000 2021",
      "favorite_count": "250",
      "retweet_count": "37"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003761525",
      "id": "1300000000003761525",
      "full_text": "composting update: taking over. the worms are suspicious &amp; thriving",
      "lang": "en",
      "created_at": "Wed May 19 16:00:00 +0000 2021",
      "favorite_count": "289",
      "retweet_count": "18"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003769444",
      "id": "1300000000003769444",
      "full_text": "hot tip: never trust a warm week in april. your courgettes will thank you",
      "lang": "en",
      "created_at": "Wed May 19 20:00:00 +0000 2021",
      "favorite_count": "126",
      "retweet_count": "32"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003777363",
      "id": "1300000000003777363",
      "full_text": "the sunflowers are taking over and honestly so am i",
      "lang": "en",
      "created_at": "Thu May 20 03:00:00 +0000 2021",
      "favorite_count": "89",
      "retweet_count": "44"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003785282",
      "id": "1300000000003785282",
      "full_text": "composting update: flowering early. the worms are leggy &amp; thriving",
      "lang": "en",
      "created_at": "Thu May 20 13:00:00 +0000 2021",
      "favorite_count": "233",
      "retweet_count": "36"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "id_str": "1300000000003793201",
      "id": "1300000000003793201",
      "full_text": "week three of the great sunflowers experiment: mysteriously purple",
      "lang": "en",
      "created_at": "Thu May 20 17:00:00 +0000 2021",
      "favorite_count": "196",
      "retweet_count": "3"
    }
  }
]