def lengthOfLongestSubstring(s):
    return len(set(s))
