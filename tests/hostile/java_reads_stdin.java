// expect: wrong_answer runtime_error
// The judge's frames arrive on fd 0: System.in is empty, and fd 0 itself is refused.
import java.io.*;

class Solution {
    public int search(int[] nums, int target) {
        try {
            if (System.in.read() != -1) return -3;
            return new FileInputStream(FileDescriptor.in).read();
        } catch (IOException e) {
            return -1;
        }
    }
}
