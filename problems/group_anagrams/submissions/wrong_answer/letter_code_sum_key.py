def groupAnagrams(strs):
    groups = {}
    for s in strs:
        key = (len(s), sum(ord(c) for c in s))
        groups.setdefault(key, []).append(s)
    return list(groups.values())
