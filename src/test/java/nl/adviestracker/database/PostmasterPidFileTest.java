package nl.adviestracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmasterPidFileTest {

    @Test
    void readsThePidTheDataDirectoryAndThePortOfARunningServer() {
        var file = PostmasterPidFile.parse(List.of(
                "4242",
                "/srv/adviestracker/data",
                "1764640000",
                "5433",
                "/tmp",
                "localhost",
                "  5433001     32768",
                "ready   "));

        assertThat(file).contains(new PostmasterPidFile(4242, Path.of("/srv/adviestracker/data"), 5433));
    }

    @Test
    void aFileThatIsStillBeingWrittenIsNotReadYet() {
        assertThat(PostmasterPidFile.parse(List.of("4242", "/srv/adviestracker/data")))
                .isEmpty();
        assertThat(PostmasterPidFile.parse(List.of())).isEmpty();
    }

    @Test
    void aDamagedFileNamesNoProcess() {
        assertThat(PostmasterPidFile.parse(List.of("not-a-pid", "/data", "0", "5432")))
                .isEmpty();
        assertThat(PostmasterPidFile.parse(List.of("0", "/data", "0", "5432"))).isEmpty();
    }
}
