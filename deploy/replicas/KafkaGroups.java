// LOCAL DEVELOPMENT ONLY (deploy/replicas/kill-test.sh): who holds which partitions of the services' consumer groups,
// and how many records each dead-letter topic holds.
//   java -cp 'deploy/local/.run/lib/*' KafkaGroups.java <bootstrap> <timeout-s> <dead-instances,...|-> <group>...
// With dead instances named, waits (up to timeout-s) until none of them is a member any more and every partition of
// each group's topics is assigned to a live one. Each member's client id starts with its instance id
// (backoffice.instance-id, e.g. curriculum-2-admissions-applications). Prints:
//   ASSIGN <group> <instance> <topic> <partitions held>      one line per instance and topic
//   UNASSIGNED <group> <topic> <partitions nobody holds>     only when some are
//   DLQ <topic> <records>
//   WAITED <seconds>
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

public class KafkaGroups {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        long timeoutMs = Long.parseLong(args[1]) * 1000;
        List<String> dead = "-".equals(args[2]) ? List.of() : List.of(args[2].split(","));
        List<String> groups = List.of(args).subList(3, args.length);
        long t0 = System.currentTimeMillis();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "client.id", "local-kafka-groups"))) {
            Map<String, Map<String, Map<String, Integer>>> held; // group -> instance -> topic -> partitions
            List<String> unassigned;
            while (true) {
                held = new TreeMap<>();
                unassigned = new ArrayList<>();
                boolean settled = true;
                Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
                for (String group : groups) {
                    Map<String, Map<String, Integer>> byInstance = new TreeMap<>();
                    Set<TopicPartition> assigned = new java.util.HashSet<>();
                    for (MemberDescription m : described.get(group).members()) {
                        String instance = instanceOf(m.clientId());
                        if (dead.contains(instance)) settled = false;
                        for (TopicPartition tp : m.assignment().topicPartitions()) {
                            assigned.add(tp);
                            byInstance.computeIfAbsent(instance, k -> new TreeMap<>()).merge(tp.topic(), 1, Integer::sum);
                        }
                    }
                    // the group's topics: those it has committed offsets for
                    Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                    Set<String> topics = offsets.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
                    Map<String, TopicDescription> partitions = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
                    for (TopicDescription d : partitions.values()) {
                        long missing = d.partitions().stream().filter(p -> !assigned.contains(new TopicPartition(d.name(), p.partition()))).count();
                        if (missing > 0) {
                            unassigned.add("UNASSIGNED " + group + " " + d.name() + " " + missing);
                            settled = false;
                        }
                    }
                    held.put(group, byInstance);
                }
                if (settled || System.currentTimeMillis() - t0 >= timeoutMs) break;
                Thread.sleep(1000);
            }
            held.forEach((group, byInstance) -> byInstance.forEach((instance, topics) -> topics.forEach((topic, n) ->
                    System.out.println("ASSIGN " + group + " " + instance + " " + topic + " " + n))));
            unassigned.forEach(System.out::println);
            List<TopicPartition> dlqPartitions = new ArrayList<>();
            Set<String> dlqs = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(t -> t.endsWith(".dlq")).collect(Collectors.toSet());
            admin.describeTopics(dlqs).allTopicNames().get(30, TimeUnit.SECONDS).values().forEach(d ->
                    d.partitions().forEach(p -> dlqPartitions.add(new TopicPartition(d.name(), p.partition()))));
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            dlqPartitions.forEach(tp -> { earliest.put(tp, OffsetSpec.earliest()); latest.put(tp, OffsetSpec.latest()); });
            var from = admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS);
            var to = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            Map<String, Long> records = new TreeMap<>();
            dlqs.forEach(t -> records.put(t, 0L));
            dlqPartitions.forEach(tp -> records.merge(tp.topic(), to.get(tp).offset() - from.get(tp).offset(), Long::sum));
            records.forEach((topic, n) -> System.out.println("DLQ " + topic + " " + n));
            System.out.printf("WAITED %.1f%n", (System.currentTimeMillis() - t0) / 1000.0);
        }
    }

    /** curriculum-2-admissions-applications -> curriculum-2 (SmallRye's client id is the prefix, the instance id and a dash, then the channel) */
    static String instanceOf(String clientId) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([a-z]+-[0-9]+)-").matcher(clientId);
        return m.find() ? m.group(1) : clientId;
    }
}
