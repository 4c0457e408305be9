def checkValidString(s):
    # one pass, stars as "(" where needed: never checks that every "(" gets closed
    bal = 0
    for ch in s:
        if ch == ")":
            bal -= 1
        else:
            bal += 1
        if bal < 0:
            return False
    return True
