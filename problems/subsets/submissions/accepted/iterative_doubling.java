// Iteratively extend every subset found so far with each new element.
class Solution {
    public List<List<Integer>> subsets(int[] nums) {
        List<List<Integer>> res = new ArrayList<>();
        res.add(new ArrayList<>());
        for (int x : nums) {
            int size = res.size();
            for (int i = 0; i < size; i++) {
                List<Integer> s = new ArrayList<>(res.get(i));
                s.add(x);
                res.add(s);
            }
        }
        return res;
    }
}
