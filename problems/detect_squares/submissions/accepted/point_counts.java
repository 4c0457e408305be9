// Count of each point; a query pairs each point on the query's diagonal with the two corners.
class DetectSquares {
    private final Map<Long, Integer> counts = new HashMap<>();
    private final List<int[]> points = new ArrayList<>();

    public DetectSquares() {
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xffffffffL);
    }

    public void add(int[] point) {
        long k = key(point[0], point[1]);
        Integer c = counts.get(k);
        if (c == null) { points.add(new int[]{point[0], point[1]}); c = 0; }
        counts.put(k, c + 1);
    }

    public int count(int[] point) {
        int x = point[0], y = point[1], res = 0;
        for (int[] p : points) {
            int px = p[0], py = p[1];
            if (Math.abs(px - x) != Math.abs(py - y) || px == x) continue;
            res += counts.get(key(px, py)) * counts.getOrDefault(key(x, py), 0) * counts.getOrDefault(key(px, y), 0);
        }
        return res;
    }
}
