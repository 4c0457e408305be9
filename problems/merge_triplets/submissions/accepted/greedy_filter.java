// Greedy: keep the triplets that never exceed the target and check they reach each coordinate.
class Solution {
    public boolean mergeTriplets(int[][] triplets, int[] target) {
        boolean a = false, b = false, c = false;
        for (int[] t : triplets) {
            if (t[0] > target[0] || t[1] > target[1] || t[2] > target[2]) continue;
            a |= t[0] == target[0];
            b |= t[1] == target[1];
            c |= t[2] == target[2];
        }
        return a && b && c;
    }
}
