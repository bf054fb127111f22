package fr.cfa.backoffice.bench.bare;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.Produces;
import java.time.LocalDate;
import java.util.UUID;

/** What the services' reads are compared with: the plainest Panache read by id, no auth, no mapping layer. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class BareItemResource {

    @GET
    @Path("{id}")
    public BareItem get(@PathParam("id") UUID id) {
        BareItem item = BareItem.findById(id);
        if (item == null) throw new NotFoundException();
        return item;
    }

    /** Creates the row the bench reads; answers its id. */
    @POST
    @Transactional
    @Produces(MediaType.TEXT_PLAIN)
    public String create() {
        BareItem item = new BareItem();
        item.id = UUID.randomUUID();
        item.code = "BENCH-" + item.id.toString().substring(0, 8);
        item.startDate = LocalDate.of(2027, 1, 4);
        item.endDate = LocalDate.of(2027, 6, 20);
        item.capacity = 12;
        item.persist();
        return item.id.toString();
    }
}
