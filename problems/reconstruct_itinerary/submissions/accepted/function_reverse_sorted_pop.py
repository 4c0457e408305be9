# a plain function, no imports: destinations sorted backwards so pop() takes the smallest
def findItinerary(tickets):
    targets = {}
    for a, b in sorted(tickets)[::-1]:
        targets.setdefault(a, []).append(b)
    route = []

    def visit(airport):
        while targets.get(airport):
            visit(targets[airport].pop())
        route.append(airport)

    visit("JFK")
    return route[::-1]
