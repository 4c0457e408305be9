# union-find with neither ranks nor path compression: a find can walk a chain of
# every node, O(nodes^2) at worst
class Solution:
    def validTree(self, n: int, edges: List[List[int]]) -> bool:
        parent = [i for i in range(n)]

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        components = n
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra == rb:
                return False
            parent[ra] = rb
            components -= 1
        return components == 1
