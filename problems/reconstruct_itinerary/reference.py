class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        # Hierholzer: destinations sorted largest first, so pop() hands out the smallest
        onward = collections.defaultdict(list)
        for start, end in sorted(tickets, reverse=True):
            onward[start].append(end)
        route = []
        stack = ["JFK"]
        while stack:
            here = stack[-1]
            if onward[here]:
                stack.append(onward[here].pop())
            else:
                route.append(stack.pop())  # stuck: every ticket from here is used
        return route[::-1]
