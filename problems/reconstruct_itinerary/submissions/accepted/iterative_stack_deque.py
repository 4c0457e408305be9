class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        adj = defaultdict(deque)
        for a, b in sorted(tickets):
            adj[a].append(b)
        stack, res = ["JFK"], []
        while stack:
            while adj[stack[-1]]:
                stack.append(adj[stack[-1]].popleft())
            res.append(stack.pop())
        return res[::-1]
