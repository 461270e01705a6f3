window.YTD.account.part0 = [
  {
    "account": {
      "username": "lunar_larry",
      "accountDisplayName": "Lunar Larry"
    }
  }
]