class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        key = lambda w: "".join(sorted(w))
        return [list(g) for _, g in groupby(sorted(strs, key=key), key=key)]
