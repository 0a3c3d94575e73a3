import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Connection } from '../../core/graphql/connection.js';
import { SearchArgs } from './dto/search.args.js';
import { SearchHit, SearchHitConnection } from './models/search-hit.model.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchHitConnection, {
    description:
      'One search box over inspirations, questions, answers, members and tags, best first. Words are matched in each ' +
      "post's own language (stemmed for English, Swedish, Norwegian; without diacritics for Polish) and as typed; " +
      'when few match, titles and names that look like the query (typos) follow. Any text is accepted. ' +
      'At most 300 matching posts are ranked, so totalCount counts up to 300 posts (plus members and tags).',
  })
  search(@Args() args: SearchArgs): Promise<Connection<SearchHit>> {
    return this.searchService.search(args.query, args.filter ?? {}, args.first, args.after);
  }
}
