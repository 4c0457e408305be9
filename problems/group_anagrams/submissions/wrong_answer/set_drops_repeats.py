class Solution:
    def groupAnagrams(self, strs):
        groups = defaultdict(set)
        for s in strs:
            groups["".join(sorted(s))].add(s)
        return [list(g) for g in groups.values()]
