class Solution:
    def groupAnagrams(self, strs):
        seen = {}
        for s in strs:
            k = frozenset(Counter(s).items())
            if k not in seen:
                seen[k] = []
            seen[k].append(s)
        return [v for v in seen.values()]
