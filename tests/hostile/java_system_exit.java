// expect: runtime_error
class Solution {
    public int search(int[] nums, int target) {
        System.exit(0);
        return -1;
    }
}
