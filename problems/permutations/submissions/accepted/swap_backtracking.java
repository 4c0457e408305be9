// Backtracking by swapping each remaining element into the current position.
class Solution {
    public List<List<Integer>> permute(int[] nums) {
        List<List<Integer>> res = new ArrayList<>();
        go(nums, 0, res);
        return res;
    }
    private void go(int[] a, int i, List<List<Integer>> res) {
        if (i == a.length) {
            List<Integer> p = new ArrayList<>(a.length);
            for (int x : a) p.add(x);
            res.add(p);
            return;
        }
        for (int j = i; j < a.length; j++) {
            int t = a[i]; a[i] = a[j]; a[j] = t;
            go(a, i + 1, res);
            t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
}
