def isPalindrome(s):
    t = ""
    for c in s:
        if c.isalnum():
            t += c.lower()
    while len(t) > 1:
        if t[0] != t[-1]:
            return False
        t = t[1:-1]
    return True
