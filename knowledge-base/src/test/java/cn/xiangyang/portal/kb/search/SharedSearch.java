package cn.xiangyang.portal.kb.search;

/**
 * One {@link KnowledgeSearch} on the index the build put on the test classpath, shared by the test classes
 * of this package: loading the embedding model takes a second, and the index never changes.
 */
final class SharedSearch {

  private static KnowledgeSearch search;

  private SharedSearch() {}

  static synchronized KnowledgeSearch get() {
    if (search == null) {
      search = KnowledgeSearch.openClasspathIndex();
    }
    return search;
  }
}
