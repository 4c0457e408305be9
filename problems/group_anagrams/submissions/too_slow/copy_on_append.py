class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        d = {}
        for s in strs:
            k = "".join(sorted(s))
            d[k] = d.get(k, []) + [s]  # builds a new list every time
        return list(d.values())
