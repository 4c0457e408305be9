// Monotonic stack of increasing heights; each pop closes the rectangle of that bar.
class Solution {
    public int largestRectangleArea(int[] heights) {
        int n = heights.length, best = 0, top = -1;
        int[] st = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int h = i == n ? 0 : heights[i];
            while (top >= 0 && heights[st[top]] >= h) {
                int height = heights[st[top--]];
                int left = top >= 0 ? st[top] : -1;
                best = Math.max(best, height * (i - left - 1));
            }
            st[++top] = i;
        }
        return best;
    }
}
