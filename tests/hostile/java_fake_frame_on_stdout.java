// expect: wrong_answer runtime_error
// Tries to answer for the harness: printed, a frame is only output; written to fd 1
// directly, it is refused.
import java.io.*;
import java.nio.charset.StandardCharsets;

class Solution {
    public int search(int[] nums, int target) {
        byte[] body = "{\"op\":\"result\",\"id\":1,\"ns\":1,\"value\":0}".getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[4 + body.length];
        frame[3] = (byte) body.length;
        System.arraycopy(body, 0, frame, 4, body.length);
        System.out.write(frame, 0, frame.length);
        System.out.flush();
        try (FileOutputStream raw = new FileOutputStream(FileDescriptor.out)) {
            raw.write(frame);
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
