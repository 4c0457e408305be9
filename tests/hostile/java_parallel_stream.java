// expect: accepted
// A parallel stream's pool threads wait idle after the call: no work outlives it.
import java.util.stream.IntStream;

class Solution {
    public int search(int[] nums, int target) {
        return IntStream.range(0, nums.length).parallel().filter(i -> nums[i] == target).findFirst().orElse(-1);
    }
}
