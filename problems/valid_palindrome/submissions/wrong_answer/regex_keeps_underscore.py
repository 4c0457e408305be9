import re


def isPalindrome(s):
    t = re.sub(r"\W", "", s).lower()
    return t == t[::-1]
