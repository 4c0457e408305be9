def isAnagram(s, t):
    if len(s) != len(t):
        return False
    return all(c in t for c in s)
