// expect: runtime_error
class Solution {
    public int search(int[] nums, int target) {
        Runtime.getRuntime().halt(0);
        return -1;
    }
}
