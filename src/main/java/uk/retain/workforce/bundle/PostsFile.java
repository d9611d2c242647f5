package uk.retain.workforce.bundle;

import java.util.List;

import uk.retain.workforce.JobRole;
import uk.retain.workforce.Post;
import uk.retain.workforce.Register;

/** posts.csv: the establishment's funded posts. */
public final class PostsFile extends RegisterFile<Post> {

    public static final PostsFile FILE = new PostsFile();

    private PostsFile() {
        super("posts.csv", false, List.of("post_id"),
                required("post_id"), required("team_id"), required("job_role"), required("fte"), required("funded_from"),
                optional("funded_to"));
    }

    @Override
    public List<Post> rowsOf(Register register) {
        return register.posts();
    }

    @Override
    public String[] cells(Post p) {
        return new String[] {p.postId(), p.teamId(), code(p.jobRole()), decimal(p.fte()), date(p.fundedFrom()),
                date(p.fundedTo())};
    }

    @Override
    Post type(Row row, RegisterIds ids) {
        Post post = new Post(ids.posts.declare(row, row.id("post_id")), ids.teams.known(row.id("team_id")),
                row.code("job_role", JobRole.class), row.fte("fte"), row.date("funded_from"), row.optionalDate("funded_to"));
        if (post.fundedFrom() != null && post.fundedTo() != null && post.fundedTo().isBefore(post.fundedFrom())) {
            row.problem("funded_to", "funded_to " + post.fundedTo() + " is before funded_from " + post.fundedFrom());
        }
        return post;
    }

    @Override
    Declared[] declares(RegisterIds ids) {
        return new Declared[] {ids.posts};
    }
}
