class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        # a tree on n nodes has n - 1 edges
        return len(edges) == n - 1
