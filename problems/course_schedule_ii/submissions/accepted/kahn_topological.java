// Kahn's algorithm, returning the order or an empty array on a cycle.
class Solution {
    public int[] findOrder(int numCourses, int[][] prerequisites) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < numCourses; i++) adj.add(new ArrayList<>());
        int[] indeg = new int[numCourses];
        for (int[] p : prerequisites) { adj.get(p[1]).add(p[0]); indeg[p[0]]++; }
        int[] order = new int[numCourses];
        int head = 0, tail = 0;
        for (int i = 0; i < numCourses; i++) if (indeg[i] == 0) order[tail++] = i;
        while (head < tail) {
            int u = order[head++];
            for (int v : adj.get(u)) if (--indeg[v] == 0) order[tail++] = v;
        }
        return tail == numCourses ? order : new int[0];
    }
}
