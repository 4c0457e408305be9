# sorts the words by their sorted letters, then groups neighbours: O(n log n), within the bar (a log factor the growth check cannot see)
class Solution:
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        key = lambda w: "".join(sorted(w))
        return [list(g) for _, g in groupby(sorted(strs, key=key), key=key)]
