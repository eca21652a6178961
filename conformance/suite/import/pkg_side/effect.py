print("effect: executing module body")
COUNT = 1
