// Hierholzer's algorithm with a min-heap of destinations per airport; the path is built in reverse.
class Solution {
    public List<String> findItinerary(List<List<String>> tickets) {
        Map<String, PriorityQueue<String>> graph = new HashMap<>();
        for (List<String> t : tickets) graph.computeIfAbsent(t.get(0), x -> new PriorityQueue<>()).add(t.get(1));
        LinkedList<String> route = new LinkedList<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push("JFK");
        while (!stack.isEmpty()) {
            PriorityQueue<String> next = graph.get(stack.peek());
            if (next != null && !next.isEmpty()) stack.push(next.poll());
            else route.addFirst(stack.pop());
        }
        return route;
    }
}
