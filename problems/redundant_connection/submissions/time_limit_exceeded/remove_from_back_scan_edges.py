# drops the edges one at a time from the back and checks connectivity with a search that scans the whole edge list for neighbours: O(n^3)
class Solution:
    def findRedundantConnection(self, edges: List[List[int]]) -> List[int]:
        n = len(edges)
        for skip in range(n - 1, -1, -1):
            rest = edges[:skip] + edges[skip + 1:]
            seen = {1}
            stack = [1]
            while stack:
                u = stack.pop()
                for a, b in rest:
                    if a == u and b not in seen:
                        seen.add(b)
                        stack.append(b)
                    elif b == u and a not in seen:
                        seen.add(a)
                        stack.append(a)
            if len(seen) == n:
                return edges[skip]
        return []
