import java.util.Arrays;

public class Solution {
    public int search(int[] nums, int target) {
        int at = Arrays.binarySearch(nums, target);
        return at >= 0 ? at : -1;
    }
}
