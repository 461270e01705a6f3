window.YTD.account.part0 = [
  {
    "account": {
      "username": "gardenista",
      "accountDisplayName": "Gardenista 🌱"
    }
  }
]