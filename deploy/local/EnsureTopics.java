// LOCAL DEVELOPMENT ONLY: creates the suite's topics with their partitions, or adds partitions to those that have fewer,
// as Strimzi's KafkaTopic objects do in Kubernetes (deploy/k8s). Run by infra.sh once the broker is up:
//   java -cp '.run/lib/*' EnsureTopics.java <bootstrap> <partitions> <topic>...
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

public class EnsureTopics {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        int partitions = Integer.parseInt(args[1]);
        List<String> topics = List.of(args).subList(2, args.length);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "client.id", "local-ensure-topics"))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : topics) {
                if (!existing.contains(topic)) missing.add(new NewTopic(topic, Optional.of(partitions), Optional.empty()));
            }
            if (!missing.isEmpty()) admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            Map<String, NewPartitions> grow = new HashMap<>();
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
            described.forEach((name, d) -> {
                if (d.partitions().size() < partitions) grow.put(name, NewPartitions.increaseTo(partitions));
            });
            // More partitions change where a key lands from now on: events already there stay where they are.
            if (!grow.isEmpty()) admin.createPartitions(grow).all().get(30, TimeUnit.SECONDS);
            for (String topic : topics) {
                System.out.printf("topic %s: %d partitions%s%n", topic, Math.max(partitions, described.get(topic).partitions().size()),
                        missing.stream().anyMatch(t -> t.name().equals(topic)) ? " (created)" : grow.containsKey(topic) ? " (grown)" : "");
            }
        }
    }
}
